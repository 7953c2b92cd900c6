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


def glu(input, dim=-1):
    if input.dim() == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    size = input.size(dim)  # raises IndexError for a dim out of range, as PyTorch does
    dim = dim % input.dim()
    if size % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim} is size {size}")
    a = input.narrow(dim, 0, size // 2)  # first half: the values
    b = input.narrow(dim, size // 2, size // 2)  # second half: the gates
    return a * _sigmoid(b)


def agrees(x, dim=-1):
    """Same value and same gradient as torch.nn.functional.glu."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = glu(ours_in, dim)
    ref = F.glu(ref_in, dim)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-6, 6, 120, dtype=torch.float64).reshape(2, 6, 10)
print([agrees(x, dim) for dim in (-1, 0, 1, 2, -3)])
#> [True, True, True, True, True]
print(agrees(torch.empty(0)), agrees(torch.empty(3, 0)), agrees(torch.empty(0, 4), dim=1))
#> True True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 0.0, 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special.flip(0)), agrees(torch.stack([special, special.roll(1)])))
#> True True True
