import torch
import torch.nn.functional as F

ALPHA = 1.6732632423543772848170429916717
SCALE = 1.0507009873554804934193349852946


def _selu(x):
    # clamp(max=0): the exponential branch cannot overflow where it is not taken (x > 0).
    negative = ALPHA * torch.expm1(x.clamp(max=0))
    # x <= 0 takes the exponential branch; nan falls through to the linear one, as in PyTorch.
    return SCALE * torch.where(x <= 0, negative, x)


def selu(input, inplace=False):
    if not inplace:
        return _selu(input)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    return input.copy_(_selu(input.clone()))


def agrees(x, inplace=False):
    """Same value and same gradient as torch.nn.functional.selu (in place on a non-leaf copy)."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = selu(ours_in * 1 if inplace else ours_in, inplace)
    ref = F.selu(ref_in * 1 if inplace else ref_in, inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(agrees(x), agrees(x, inplace=True))
#> True True
print(agrees(torch.tensor(-1.5)), agrees(torch.empty(0)), agrees(torch.linspace(-3, 3, 24).reshape(2, 3, 4)))
#> True True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 0.0, 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special.float()), agrees(special, inplace=True))
#> True True True
