import torch
import torch.nn.functional as F


def _sigmoid(x):
    # 1 / (1 + exp(-x)), computed as PyTorch does. Where exp(-x) overflows (x < -709.78 in float64,
    # x < -88.72 in float32) the sigmoid is exactly 0; there we return 0 * exp(x) instead, so that
    # the gradient is 0 * upstream (nan for an infinite upstream, as in PyTorch) rather than 0 * inf.
    overflow = torch.exp(-x.detach()).isinf()
    chain = 1 / (1 + torch.exp(-torch.where(overflow, 0.0, x)))
    tail = 0 * torch.exp(torch.where(overflow, x, 0.0))
    return torch.where(overflow, tail, chain)


def silu(input, inplace=False):
    if not inplace:
        return input * _sigmoid(input)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    source = input.clone()
    return input.copy_(source * _sigmoid(source))


# Values and gradients in float64: ours (first row), then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([silu(x), F.silu(x)]).detach())
#> tensor([[-0.1423, -0.2689,  0.0000,  0.7311,  2.8577],
#>         [-0.1423, -0.2689,  0.0000,  0.7311,  2.8577]], dtype=torch.float64)
mine, = torch.autograd.grad(silu(x).sum(), x)
theirs, = torch.autograd.grad(F.silu(x).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[-0.0881,  0.0723,  0.5000,  0.9277,  1.0881],
#>         [-0.0881,  0.0723,  0.5000,  0.9277,  1.0881]], dtype=torch.float64)

# x / (1 + exp(-x)) written directly: exp(1000) overflows and the gradient at -1000 is nan; ours is 0.
far = torch.tensor([-1000.0], dtype=torch.float64, requires_grad=True)
naive, = torch.autograd.grad(far / (1 + torch.exp(-far)), far)
mine, = torch.autograd.grad(silu(far), far)
print(naive, mine == 0)
#> tensor([nan], dtype=torch.float64) tensor([True])
