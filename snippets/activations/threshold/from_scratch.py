import torch
import torch.nn.functional as F


def threshold(input, threshold, value, inplace=False):
    # Both numbers are converted to the input's dtype first (truncated for integer tensors).
    limit = input.new_tensor(threshold)
    fill = input.new_tensor(value)
    # "x <= threshold" replaces; nan is never <= anything, so it passes with gradient 1, as in PyTorch.
    result = torch.where(input <= limit, fill, input)
    if inplace:
        return input.copy_(result)
    return result


def agrees(x, th, value):
    """Same value and same autograd gradient as torch.nn.functional.threshold."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours, ref = threshold(ours_in, th, value), F.threshold(ref_in, th, value)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.arange(-12, 13, dtype=torch.float64) / 4  # -3, -2.75, ..., 3: hits every threshold below exactly
pairs = [(0.1, 10.0), (0.0, 0.0), (0.5, -9.0), (-1.0, 2.0), (float("nan"), 1.0), (1.0, float("-inf"))]
print([agrees(x, th, v) for th, v in pairs])
#> [True, True, True, True, True, True]
special = torch.tensor([float("-inf"), -1e300, -0.0, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special, 0.0, -1.0), agrees(x[1:].reshape(2, 3, 4), 0.5, 7.0))
#> True True
print(agrees(torch.tensor(0.1), 0.1, 10.0), agrees(torch.empty(0), 0.1, 10.0))
#> True True

ints = torch.tensor([-1, 0, 1, 2])
print(torch.equal(threshold(ints, -0.5, 2.5), F.threshold(ints, -0.5, 2.5)))
#> True
a, b = x.clone(), x.clone()
print(threshold(a, 0.5, -9.0, inplace=True) is a, torch.equal(a, F.threshold(b, 0.5, -9.0, inplace=True)))
#> True True
