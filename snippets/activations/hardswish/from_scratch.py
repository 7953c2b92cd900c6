import torch
import torch.nn.functional as F


def hardswish(input, inplace=False):
    if inplace:
        # compute from a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardswish(input.clone()))
    # relu6(x + 3) written with where, so that the gradient at the kinks is PyTorch's:
    # x = -3 takes the flat 0 piece, x = 3 the flat 6 piece. NaN fails `input < 3`,
    # lands on the 6 piece and gets gradient 1, as in PyTorch.
    relu6 = torch.where(input <= -3, 0.0, torch.where(input < 3, input + 3, 6.0))
    return input * relu6 / 6  # same order as PyTorch: x * 6 overflows for huge x


def agrees(x, inplace=False):
    """Same value and same gradient as torch.nn.functional.hardswish."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    # in-place needs a non-leaf input, so go through an intermediate (* 1)
    ours = hardswish(ours_in * 1, inplace=inplace)
    ref = F.hardswish(ref_in * 1, inplace=inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad)


x = torch.linspace(-5, 5, 41, dtype=torch.float64)  # steps of 0.25: hits -3, -1.5 and 3 exactly
print(agrees(x), agrees(x, inplace=True))
#> True True
print(agrees(torch.tensor(0.5)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, inplace=True), agrees(torch.tensor([1e37, 1e38, 3e38])))
#> True True True
