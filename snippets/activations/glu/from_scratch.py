import torch
import torch.nn.functional as F


def _sigmoid(x):
    # 1 / (1 + exp(-x)), computed as PyTorch does. Where exp(-x) overflows (x < -709.78 in float64,
    # x < -88.72 in float32) the sigmoid is exactly 0; there we return 0 * exp(x) instead, so that
    # the gradient is 0 * upstream (nan for an infinite upstream, as in PyTorch) rather than 0 * inf.
    overflow = torch.exp(-x.detach()).isinf()
    chain = 1 / (1 + torch.exp(-torch.where(overflow, 0.0, x)))
    tail = 0 * torch.exp(torch.where(overflow, x, 0.0))
    return torch.where(overflow, tail, chain)


def glu(input, dim=-1):
    if input.dim() == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    size = input.size(dim)  # raises IndexError for a dim out of range, as PyTorch does
    dim = dim % input.dim()
    if size % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim} is size {size}")
    a = input.narrow(dim, 0, size // 2)  # first half: the values
    b = input.narrow(dim, size // 2, size // 2)  # second half: the gates
    return a * _sigmoid(b)


# The example of the page in float64: values a = x[:3], gates b = x[3:]; ours, then PyTorch's.
x = torch.tensor([1.0, -2.0, 3.0, 0.0, 2.0, -1.0], dtype=torch.float64, requires_grad=True)
print(torch.stack([glu(x), F.glu(x)]).detach())
#> tensor([[ 0.5000, -1.7616,  0.8068],
#>         [ 0.5000, -1.7616,  0.8068]], dtype=torch.float64)
# The gradient: sigmoid(b) for the values, a * sigmoid(b) * (1 - sigmoid(b)) for the gates.
mine, = torch.autograd.grad(glu(x).sum(), x)
theirs, = torch.autograd.grad(F.glu(x).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[ 0.5000,  0.8808,  0.2689,  0.2500, -0.2100,  0.5898],
#>         [ 0.5000,  0.8808,  0.2689,  0.2500, -0.2100,  0.5898]],
#>        dtype=torch.float64)
