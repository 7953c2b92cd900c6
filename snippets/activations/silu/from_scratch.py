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


def agrees(x, inplace=False):
    """Same value and same gradient as torch.nn.functional.silu (in place on a non-leaf copy)."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = silu(ours_in * 1 if inplace else ours_in, inplace=inplace)
    ref = F.silu(ref_in * 1 if inplace else ref_in, inplace=inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-8, 8, 161, dtype=torch.float64)
print(agrees(x), agrees(x, inplace=True))
#> True True
print(agrees(torch.tensor(-1.5)), agrees(torch.empty(0)), agrees(torch.linspace(-3, 3, 24).reshape(2, 3, 4)))
#> True True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 0.0, 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special.float()), agrees(special, inplace=True))
#> True True True
