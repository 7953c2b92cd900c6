import torch
import torch.nn.functional as F


def relu6(input, inplace=False):
    if input.dtype == torch.bool:
        raise RuntimeError("Bool inputs not supported for hardtanh")
    # Gradient 1 only where 0 < x < 6; nan fails both tests, so it stays nan with gradient 1, as in PyTorch.
    result = torch.where(input <= 0, 0, torch.where(input >= 6, 6, input))
    if inplace:
        return input.copy_(result)
    return result


def agrees(x):
    """Same value and same autograd gradient as torch.nn.functional.relu6."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours, ref = relu6(ours_in), F.relu6(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.arange(-8, 33, dtype=torch.float64) / 4  # -2, -1.75, ..., 8: both kinks 0 and 6 exactly
print(agrees(x), agrees(x[1:].reshape(2, 4, 5)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(torch.tensor(6.0)), agrees(torch.empty(0)))
#> True True True

ints = torch.tensor([-4, 0, 2, 6, 9])
print(torch.equal(relu6(ints), F.relu6(ints)))
#> True
a, b = x.clone(), x.clone()
print(relu6(a, inplace=True) is a, torch.equal(a, F.relu6(b, inplace=True)))
#> True True
