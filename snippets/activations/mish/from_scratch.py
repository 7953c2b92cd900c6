import torch
import torch.nn.functional as F


def mish(input, inplace=False):
    # Computed on a copy when inplace, so that backward still sees the original values.
    x = input.clone() if inplace else input
    # tanh(softplus(x)) = ((1 + e^x)^2 - 1) / ((1 + e^x)^2 + 1), rewritten with e = exp(-|x|)
    # (in (0, 1], no overflow) on each side of 0.
    e = torch.exp(-torch.where(x < 0, -x, x))
    right = (1 + 2 * e) / (1 + 2 * e + 2 * e * e)
    left = e * (e + 2) / (e * (e + 2) + 2)
    t = torch.where(x < 0, left, right)
    # Where exp(-|x|) underflows to 0, t is exactly 0 or 1 and its derivative vanishes. Cutting
    # it out of the graph there keeps backward from forming grad * x, which overflows for |x|
    # near the largest float (and inf * 0 = nan would follow). Infinite x keeps PyTorch's nan.
    t = torch.where((e == 0) & x.isfinite(), t.detach(), t)
    result = x * t
    return input.copy_(result) if inplace else result


def agrees(x, inplace=False):
    """Same value and same gradient as torch.nn.functional.mish."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    # in place needs a non-leaf input: multiply by 1
    ours = mish(ours_in * 1, inplace=inplace)
    ref = F.mish(ref_in * 1, inplace=inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-40, 40, 161, dtype=torch.float64)
print(agrees(x), agrees(x, inplace=True))
#> True True
print(agrees(torch.tensor(0.0)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, inplace=True))
#> True True

# The definition written directly: exp(1000) overflows and the gradient becomes inf * 0 = nan.
x = torch.tensor([1000.0], dtype=torch.float64, requires_grad=True)
naive = x * torch.tanh(torch.log1p(torch.exp(x)))
naive.backward()
print(naive.detach(), x.grad)
#> tensor([1000.], dtype=torch.float64) tensor([nan], dtype=torch.float64)
