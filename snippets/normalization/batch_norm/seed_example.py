import torch
import torch.nn as nn

# The input the original notes printed (it came from torch.randn(2, 5)), written as a literal.
x = torch.tensor([[-0.1493, 0.6807, 0.2940, 1.6287, -0.9222],
                  [-1.7403, -0.7764, -0.6606, -0.2361, -0.1404]])
m1 = nn.BatchNorm1d(5)  # weight (gamma) = 1 and bias (beta) = 0 at initialization
m2 = nn.BatchNorm1d(5, affine=False)  # no parameters at all
print(m1(x))  # the backward node is NativeBatchNormBackward0 in current PyTorch
#> tensor([[ 1.0000,  1.0000,  1.0000,  1.0000, -1.0000],
#>         [-1.0000, -1.0000, -1.0000, -1.0000,  1.0000]],
#>        grad_fn=<NativeBatchNormBackward0>)
print(m2(x))
#> tensor([[ 1.0000,  1.0000,  1.0000,  1.0000, -1.0000],
#>         [-1.0000, -1.0000, -1.0000, -1.0000,  1.0000]])
# Two samples per channel: each value is +-d / sqrt(d^2 + eps), d half their difference.
# So every channel becomes (+1, -1) or (-1, +1), up to eps, whatever the numbers were.
d = (x[0] - x[1]).abs() / 2
print(torch.allclose(m2(x).abs(), d / torch.sqrt(d**2 + 1e-5)), f"{m2(x).abs().min().item():.6f}")
#> True 0.999967
