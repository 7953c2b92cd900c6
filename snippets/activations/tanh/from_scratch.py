import torch
import torch.nn.functional as F


def tanh(input):
    if not (input.is_floating_point() or input.is_complex()):
        input = input.to(torch.get_default_dtype())  # integers and bool are promoted, as in PyTorch
    # Work on a = |x| and restore the sign at the end (tanh is odd).
    # |x| is written with where() so that its slope at 0 is 1 (abs() would give tanh'(0) = 0).
    magnitude = torch.where(input < 0, -input, input)
    # tanh(a) = (1 - e^{-2a}) / (1 + e^{-2a}) = -m / (2 + m) with m = e^{-2a} - 1 in [-1, 0]:
    # no overflow, and expm1 keeps tanh(a) ~ a accurate for tiny a.
    m = torch.expm1(-2 * magnitude)
    t = -m / (2 + m)
    return torch.where(input < 0, -t, t)


# Values and gradients in float64: ours (first row), then PyTorch's.
x = torch.tensor([-1000.0, -1.0, 0.0, 3.0, 1000.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([tanh(x), F.tanh(x)]).detach())
#> tensor([[-1.0000, -0.7616,  0.0000,  0.9951,  1.0000],
#>         [-1.0000, -0.7616,  0.0000,  0.9951,  1.0000]], dtype=torch.float64)
mine, = torch.autograd.grad(tanh(x).sum(), x)
theirs, = torch.autograd.grad(F.tanh(x).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[0.0000, 0.4200, 1.0000, 0.0099, 0.0000],
#>         [0.0000, 0.4200, 1.0000, 0.0099, 0.0000]], dtype=torch.float64)

# The definition (e^x - e^-x) / (e^x + e^-x) overflows: inf / inf = nan at +-1000.
e, e_neg = torch.exp(x.detach()), torch.exp(-x.detach())
print((e - e_neg) / (e + e_neg))
#> tensor([    nan, -0.7616,  0.0000,  0.9951,     nan], dtype=torch.float64)
