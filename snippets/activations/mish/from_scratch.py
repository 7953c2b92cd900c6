import torch
import torch.nn.functional as F


def mish(input, inplace=False):
    # Computed on a copy when inplace, so that backward still sees the original values.
    x = input.clone() if inplace else input
    # tanh(softplus(x)) = ((1 + e^x)^2 - 1) / ((1 + e^x)^2 + 1), rewritten with e = exp(-|x|)
    # (in (0, 1], no overflow) on each side of 0.
    e = torch.exp(-torch.where(x < 0, -x, x))
    right = (1 + 2 * e) / (1 + 2 * e + 2 * e * e)
    left = e * (e + 2) / (e * (e + 2) + 2)
    t = torch.where(x < 0, left, right)
    # Where exp(-|x|) underflows to 0, t is exactly 0 or 1 and its derivative vanishes. Cutting
    # it out of the graph there keeps backward from forming grad * x, which overflows for |x|
    # near the largest float (and inf * 0 = nan would follow). Infinite x keeps PyTorch's nan.
    t = torch.where((e == 0) & x.isfinite(), t.detach(), t)
    result = x * t
    return input.copy_(result) if inplace else result


# Values and gradients in float64: ours (first row), then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([mish(x), F.mish(x)]).detach())
#> tensor([[-0.1456, -0.3034,  0.0000,  0.8651,  2.9865],
#>         [-0.1456, -0.3034,  0.0000,  0.8651,  2.9865]], dtype=torch.float64)
mine, = torch.autograd.grad(mish(x).sum(), x)
theirs, = torch.autograd.grad(F.mish(x).sum(), x)
print(torch.stack([mine, theirs]))  # 0.6 = tanh(log 2) at 0
#> tensor([[-0.0934,  0.0592,  0.6000,  1.0490,  1.0211],
#>         [-0.0934,  0.0592,  0.6000,  1.0490,  1.0211]], dtype=torch.float64)

# The definition written directly: exp(1000) overflows and the gradient becomes inf * 0 = nan.
big = torch.tensor([1000.0], dtype=torch.float64, requires_grad=True)
naive, = torch.autograd.grad(big * torch.tanh(torch.log1p(torch.exp(big))), big)
print(naive, torch.autograd.grad(mish(big), big)[0])
#> tensor([nan], dtype=torch.float64) tensor([1.], dtype=torch.float64)
