import torch
import torch.nn.functional as F


def hardsigmoid(input, inplace=False):
    if inplace:
        # compute from a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardsigmoid(input.clone()))
    ramp = (input + 3) / 6
    # Every comparison with NaN is False, so NaN would take the ramp (gradient 1/6);
    # PyTorch returns NaN there with gradient 0, hence the detached copy.
    ramp = torch.where(input.isnan(), input.detach(), ramp)
    # <= and >= put the kinks x = -3 and x = 3 on the flat pieces: gradient 0 there.
    return torch.where(input <= -3, 0.0, torch.where(input >= 3, 1.0, ramp))


def agrees(x, inplace=False):
    """Same value and same gradient as torch.nn.functional.hardsigmoid."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    # in-place needs a non-leaf input, so go through an intermediate (* 1)
    ours = hardsigmoid(ours_in * 1, inplace=inplace)
    ref = F.hardsigmoid(ref_in * 1, inplace=inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad)


x = torch.linspace(-5, 5, 41, dtype=torch.float64)  # steps of 0.25: hits -3 and 3 exactly
print(agrees(x), agrees(x, inplace=True))
#> True True
print(agrees(torch.tensor(0.5)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, inplace=True))
#> True True
