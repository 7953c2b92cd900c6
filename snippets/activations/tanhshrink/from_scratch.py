import torch
import torch.nn.functional as F


def tanhshrink(input):
    # PyTorch's own definition is this very expression; autograd gives
    # d/dx = 1 - (1 - tanh(x)**2) = tanh(x)**2.
    return input - torch.tanh(input)


def agrees(x):
    """Same value and same gradient as torch.nn.functional.tanhshrink."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = tanhshrink(ours_in)
    ref = F.tanhshrink(ref_in)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(agrees(x), agrees(torch.tensor(0.5)), agrees(torch.empty(0)))
#> True True True
special = torch.tensor([float("-inf"), -1e300, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special))
#> True

# The derivative by hand, tanh(x)**2, matches autograd.
t = x.clone().requires_grad_()
tanhshrink(t).sum().backward()
print(torch.allclose(t.grad, torch.tanh(x) ** 2))
#> True

# Why torch.tanh and not (e**x - e**-x) / (e**x + e**-x): e**100 overflows float32 and inf / inf is nan.
big = torch.tensor([100.0])
print(big - (big.exp() - (-big).exp()) / (big.exp() + (-big).exp()), tanhshrink(big))
#> tensor([nan]) tensor([99.])
