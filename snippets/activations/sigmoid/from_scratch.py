import torch
import torch.nn.functional as F


def sigmoid(input):
    if not (input.is_floating_point() or input.is_complex()):
        input = input.to(torch.get_default_dtype())  # integers and bool are promoted, as in PyTorch
    # e = exp(-|x|) lies in (0, 1], so nothing overflows on either side.
    # |x| is written with where() so that its derivative at 0 is 1, not 0.
    e = torch.exp(-torch.where(input < 0, -input, input))
    return torch.where(input < 0, e / (1 + e), 1 / (1 + e))


def agrees(x):
    """Same value and same gradient as torch.nn.functional.sigmoid."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = sigmoid(ours_in)
    ref = F.sigmoid(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


print(agrees(torch.linspace(-40, 40, 161, dtype=torch.float64)))
#> True
print(agrees(torch.tensor(0.0)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special))
#> True

# The textbook formula has the right values but a nan gradient once exp(-x) overflows.
x = torch.tensor([-1000.0], dtype=torch.float64, requires_grad=True)
naive = 1 / (1 + torch.exp(-x))
naive.backward()
print(naive.detach(), x.grad)
#> tensor([0.], dtype=torch.float64) tensor([nan], dtype=torch.float64)

# Integer and bool tensors are promoted to the default float dtype.
ints = torch.tensor([-2, 0, 3])
print(torch.equal(sigmoid(ints), F.sigmoid(ints)), torch.equal(sigmoid(ints > 0), F.sigmoid(ints > 0)))
#> True True

# With abs() instead of where(), the slope of |x| at 0 is taken as 0 and so is sigmoid'(0).
zero = torch.tensor(0.0, requires_grad=True)
with_abs = 1 / (1 + torch.exp(-zero.abs()))
print([torch.autograd.grad(y, zero)[0] for y in (with_abs, sigmoid(zero), F.sigmoid(zero))])
#> [tensor(0.), tensor(0.2500), tensor(0.2500)]
