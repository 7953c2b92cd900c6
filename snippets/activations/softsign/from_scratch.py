import torch
import torch.nn.functional as F


def softsign(input):
    return input / (1 + input.abs())


def agrees(x):
    """Same value and same gradient as torch.nn.functional.softsign."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = softsign(ours_in)
    ref = F.softsign(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


print(agrees(torch.linspace(-40, 40, 161, dtype=torch.float64)))
#> True
print(agrees(torch.tensor(0.0)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special))
#> True
