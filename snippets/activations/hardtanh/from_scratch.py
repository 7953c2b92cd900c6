import math

import torch
import torch.nn.functional as F


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    if inplace:
        # compute from a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardtanh(input.clone(), min_val, max_val))
    if not input.is_floating_point():
        min_val, max_val = int(min_val), int(max_val)  # integer tensors: bounds truncated toward zero
    # Strict inequalities keep the gradient 0 on the boundaries; NaN fails both tests
    # and goes through unchanged (value NaN, gradient 1), as in PyTorch.
    out = torch.where(input <= min_val, min_val, torch.where(input >= max_val, max_val, input))
    if math.isnan(min_val) or math.isnan(max_val):
        out = out + math.nan  # like clamp, a NaN bound makes every value NaN
    return out


def agrees(x, *args, inplace=False):
    """Same value and same gradient as torch.nn.functional.hardtanh."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    # in-place needs a non-leaf input, so go through an intermediate (* 1)
    ours = hardtanh(ours_in * 1, *args, inplace=inplace)
    ref = F.hardtanh(ref_in * 1, *args, inplace=inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.equal(ours_in.grad, ref_in.grad)


x = torch.linspace(-3, 3, 25, dtype=torch.float64)  # steps of 0.25: hits -2, -1, 0.5, 1 exactly
print(agrees(x), agrees(x, -2.0, 0.5), agrees(x, 0.5, 0.5), agrees(x, 0.0, 6.0, inplace=True))
#> True True True True
print(agrees(torch.tensor(0.5)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, float("-inf"), 0.0), agrees(special, float("nan"), 1.0))
#> True True True
i = torch.tensor([-3, -1, 0, 1, 3])
print(torch.equal(hardtanh(i, -1.5, 2.5), F.hardtanh(i, -1.5, 2.5)))
#> True
