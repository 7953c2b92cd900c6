import torch
import torch.nn.functional as F


def sigmoid(input):
    if not (input.is_floating_point() or input.is_complex()):
        input = input.to(torch.get_default_dtype())  # integers and bool are promoted, as in PyTorch
    # e = exp(-|x|) lies in (0, 1]: nothing overflows on either side of 0.
    # |x| is written with where() so that its slope at 0 is 1 (abs() would give 0, and sigmoid'(0) = 0).
    e = torch.exp(-torch.where(input < 0, -input, input))
    return torch.where(input < 0, e / (1 + e), 1 / (1 + e))


# Values and gradients in float64: ours (first row), then PyTorch's.
x = torch.tensor([-1000.0, -3.0, 0.0, 3.0, 1000.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([sigmoid(x), F.sigmoid(x)]).detach())
#> tensor([[0.0000, 0.0474, 0.5000, 0.9526, 1.0000],
#>         [0.0000, 0.0474, 0.5000, 0.9526, 1.0000]], dtype=torch.float64)
mine, = torch.autograd.grad(sigmoid(x).sum(), x)
theirs, = torch.autograd.grad(F.sigmoid(x).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[0.0000, 0.0452, 0.2500, 0.0452, 0.0000],
#>         [0.0000, 0.0452, 0.2500, 0.0452, 0.0000]], dtype=torch.float64)

# The textbook 1 / (1 + exp(-x)) gives the same values, but exp(1000) overflows and the gradient is nan.
naive, = torch.autograd.grad((1 / (1 + torch.exp(-x))).sum(), x)
print(naive)
#> tensor([   nan, 0.0452, 0.2500, 0.0452, 0.0000], dtype=torch.float64)
