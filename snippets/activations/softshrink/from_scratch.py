import torch
import torch.nn.functional as F


def softshrink(input, lambd=0.5):
    limit = torch.finfo(input.dtype).max
    if not 0 <= lambd <= limit:  # also rejects NaN
        raise RuntimeError(f"lambda must be in range [0, {limit:g}] for input dtype {input.dtype}, but found {lambd}")
    # The dead zone is closed, [-lambd, lambd]: value 0 and gradient 0 there, ends included.
    # NaN is outside it (both tests are False) and passes with gradient 1, as in PyTorch.
    dead = (input >= -lambd) & (input <= lambd)
    shifted = torch.where(input > lambd, input - lambd, input + lambd)
    return torch.where(dead, 0.0, shifted)


def agrees(x, *args):
    """Same value and same gradient as torch.nn.functional.softshrink."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = softshrink(ours_in, *args)
    ref = F.softshrink(ref_in, *args)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.equal(ours_in.grad, ref_in.grad)


x = torch.linspace(-2, 2, 17, dtype=torch.float64)  # steps of 0.25: hits +-0.5 and +-1 exactly
print(agrees(x), agrees(x, 1.0), agrees(x, 0.0))
#> True True True
print(agrees(torch.tensor(0.5)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, 1e300))
#> True True
