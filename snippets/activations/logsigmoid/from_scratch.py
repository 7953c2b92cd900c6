import torch
import torch.nn.functional as F


def logsigmoid(input):
    # log sigmoid(x) = min(x, 0) - log(1 + exp(-|x|)): exp(-|x|) is in (0, 1], nothing overflows.
    # Both pieces are written with where() so that the gradient at 0 is 0 + 1/2, as in PyTorch
    # (clamp and abs would give 1 and 0 there).
    negative_magnitude = torch.where(input < 0, input, -input)
    return torch.where(input < 0, input, 0) - torch.log1p(torch.exp(negative_magnitude))


def agrees(x):
    """Same value and same gradient as torch.nn.functional.logsigmoid."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = logsigmoid(ours_in)
    ref = F.logsigmoid(ref_in)
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

# With clamp and abs instead of where, autograd takes 1 and 0 as their slopes at 0: gradient 1, not 1/2.
zero = torch.tensor(0.0, requires_grad=True)
clamp_abs = zero.clamp(max=0) - torch.log1p(torch.exp(-zero.abs()))
print([torch.autograd.grad(y, zero)[0] for y in (clamp_abs, logsigmoid(zero), F.logsigmoid(zero))])
#> [tensor(1.), tensor(0.5000), tensor(0.5000)]
