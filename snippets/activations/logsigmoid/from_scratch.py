import torch
import torch.nn.functional as F


def logsigmoid(input):
    # log sigmoid(x) = min(x, 0) - log(1 + exp(-|x|)): exp(-|x|) lies in (0, 1], nothing overflows.
    # Both kinks are written with where(): at 0 the slopes are 0 and -1, so the gradient is 0 + 1/2.
    negative_magnitude = torch.where(input < 0, input, -input)  # -|x|
    return torch.where(input < 0, input, 0) - torch.log1p(torch.exp(negative_magnitude))


# Values and gradients in float64: ours (first row), then PyTorch's.
x = torch.tensor([-1000.0, -1.0, 0.0, 1.0, 1000.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([logsigmoid(x), F.logsigmoid(x)]).detach())
#> tensor([[-1.0000e+03, -1.3133e+00, -6.9315e-01, -3.1326e-01,  0.0000e+00],
#>         [-1.0000e+03, -1.3133e+00, -6.9315e-01, -3.1326e-01,  0.0000e+00]],
#>        dtype=torch.float64)
mine, = torch.autograd.grad(logsigmoid(x).sum(), x)
theirs, = torch.autograd.grad(F.logsigmoid(x).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[1.0000, 0.7311, 0.5000, 0.2689, 0.0000],
#>         [1.0000, 0.7311, 0.5000, 0.2689, 0.0000]], dtype=torch.float64)

# With clamp() and abs() instead, autograd takes their slopes at 0 as 1 and 0: a gradient of 1, not 1/2.
zero = torch.tensor(0.0, requires_grad=True)
clamp_abs = zero.clamp(max=0) - torch.log1p(torch.exp(-zero.abs()))
print(torch.autograd.grad(clamp_abs, zero)[0], torch.autograd.grad(logsigmoid(zero), zero)[0])
#> tensor(1.) tensor(0.5000)
