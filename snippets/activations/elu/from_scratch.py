import torch
import torch.nn.functional as F


def _elu(x, alpha):
    # clamp(max=0): the exponential branch cannot overflow where it is not taken (x > 0).
    negative = alpha * torch.expm1(x.clamp(max=0))
    # x <= 0 takes the exponential branch; nan falls through to the linear one (gradient 1).
    return torch.where(x <= 0, negative, x)


def _refuse_backward(grad):
    raise RuntimeError(
        "In-place elu backward calculation is triggered with a negative slope which is not supported. "
        "This is caused by calling in-place forward function with a negative slope, "
        "please call out-of-place version instead."
    )


def elu(input, alpha=1.0, inplace=False):
    if not inplace:
        return _elu(input, alpha)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    out = input.copy_(_elu(input.clone(), alpha))
    if alpha < 0 and out.requires_grad:
        out.register_hook(_refuse_backward)  # PyTorch refuses this backward too (see Pitfalls)
    return out


# Values and gradients with alpha = 0.5: ours (first row), then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
print(torch.stack([elu(x, 0.5), F.elu(x, 0.5)]).detach())
#> tensor([[-0.4751, -0.3161,  0.0000,  1.0000,  3.0000],
#>         [-0.4751, -0.3161,  0.0000,  1.0000,  3.0000]])
mine, = torch.autograd.grad(elu(x, 0.5).sum(), x)
theirs, = torch.autograd.grad(F.elu(x, 0.5).sum(), x)
print(torch.stack([mine, theirs]))  # alpha * exp(x) for x <= 0 (alpha itself at 0), 1 for x > 0
#> tensor([[0.0249, 0.1839, 0.5000, 1.0000, 1.0000],
#>         [0.0249, 0.1839, 0.5000, 1.0000, 1.0000]])
