import torch
import torch.nn.functional as F


def relu(input, inplace=False):
    if input.dtype == torch.bool:
        raise RuntimeError("Boolean inputs not supported for relu")
    # "x <= 0" rather than "x > 0": nan is not <= 0, so it stays nan and keeps gradient 1, as in PyTorch.
    result = torch.where(input <= 0, 0, input)
    if inplace:
        return input.copy_(result)  # overwrite the input and return it
    return result


def agrees(x):
    """Same value and same autograd gradient as torch.nn.functional.relu."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours, ref = relu(ours_in), F.relu(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.arange(-12, 13, dtype=torch.float64) / 4  # -3, -2.75, ..., 3: hits the kink 0 exactly
print(agrees(x), agrees(x[1:].reshape(2, 3, 4)))
#> True True
special = torch.tensor([float("-inf"), -1e300, -0.0, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(torch.tensor(-0.5)), agrees(torch.empty(0)))
#> True True True

# Integer tensors (no gradient there) and the in-place form.
ints = torch.tensor([-3, 0, 5])
print(torch.equal(relu(ints), F.relu(ints)))
#> True
a, b = x.clone(), x.clone()
print(relu(a, inplace=True) is a, torch.equal(a, F.relu(b, inplace=True)))
#> True True
