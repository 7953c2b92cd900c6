import torch
import torch.nn.functional as F


def tanh(input):
    if not (input.is_floating_point() or input.is_complex()):
        input = input.to(torch.get_default_dtype())  # integers and bool are promoted, as in PyTorch
    # |x| written with where() so that its derivative at 0 is 1, not 0.
    magnitude = torch.where(input < 0, -input, input)
    # tanh(a) = (1 - e^{-2a}) / (1 + e^{-2a}) with m = e^{-2a} - 1 in [-1, 0]: no overflow,
    # and expm1 keeps tanh(a) ~ a accurate for tiny a.
    m = torch.expm1(-2 * magnitude)
    t = -m / (2 + m)
    return torch.where(input < 0, -t, t)


def agrees(x):
    """Same value and same gradient as torch.nn.functional.tanh."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = tanh(ours_in)
    ref = F.tanh(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


print(agrees(torch.linspace(-20, 20, 161, dtype=torch.float64)))
#> True
print(agrees(torch.tensor(0.0)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1000.0, -1e-12, float("nan"), 1e-12, 1000.0, float("inf")],
                       dtype=torch.float64)
print(agrees(special))
#> True
# Integer and bool tensors are promoted to the default float dtype.
ints = torch.tensor([-2, 0, 3])
print(torch.equal(tanh(ints), F.tanh(ints)), torch.equal(tanh(ints > 0), F.tanh(ints > 0)))
#> False False

# With abs() instead of where(), the slope of |x| at 0 is taken as 0 and so is tanh'(0).
zero = torch.tensor(0.0, requires_grad=True)
m = torch.expm1(-2 * zero.abs())
print([torch.autograd.grad(y, zero)[0] for y in (-m / (2 + m), tanh(zero), F.tanh(zero))])
#> [tensor(0.), tensor(1.), tensor(1.)]
