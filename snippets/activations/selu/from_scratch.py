import torch
import torch.nn.functional as F

ALPHA = 1.6732632423543772848170429916717  # about 1.6733
SCALE = 1.0507009873554804934193349852946  # about 1.0507


def _selu(x):
    # clamp(max=0): the exponential branch cannot overflow where it is not taken (x > 0).
    negative = ALPHA * torch.expm1(x.clamp(max=0))
    # x <= 0 takes the exponential branch; nan falls through to the linear one (gradient SCALE).
    return SCALE * torch.where(x <= 0, negative, x)


def selu(input, inplace=False):
    if not inplace:
        return _selu(input)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    return input.copy_(_selu(input.clone()))


# Values and gradients: ours (first row), then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
print(torch.stack([selu(x), F.selu(x)]).detach())
#> tensor([[-1.6706, -1.1113,  0.0000,  1.0507,  3.1521],
#>         [-1.6706, -1.1113,  0.0000,  1.0507,  3.1521]])
mine, = torch.autograd.grad(selu(x).sum(), x)
theirs, = torch.autograd.grad(F.selu(x).sum(), x)
print(torch.stack([mine, theirs]))  # SCALE * ALPHA * exp(x) for x <= 0, SCALE for x > 0
#> tensor([[0.0875, 0.6468, 1.7581, 1.0507, 1.0507],
#>         [0.0875, 0.6468, 1.7581, 1.0507, 1.0507]])
