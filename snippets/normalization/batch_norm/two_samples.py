import torch
import torch.nn as nn

# A batch of two samples with five features.
x = torch.tensor([[-0.1493, 0.6807, 0.2940, 1.6287, -0.9222],
                  [-1.7403, -0.7764, -0.6606, -0.2361, -0.1404]])
print(nn.BatchNorm1d(5)(x))  # weight (gamma) = 1 and bias (beta) = 0 at initialization
#> tensor([[ 1.0000,  1.0000,  1.0000,  1.0000, -1.0000],
#>         [-1.0000, -1.0000, -1.0000, -1.0000,  1.0000]],
#>        grad_fn=<NativeBatchNormBackward0>)
print(nn.BatchNorm1d(5, affine=False)(x))  # no parameters at all: the same numbers
#> tensor([[ 1.0000,  1.0000,  1.0000,  1.0000, -1.0000],
#>         [-1.0000, -1.0000, -1.0000, -1.0000,  1.0000]])

# Two values per channel: each becomes +-d / sqrt(d^2 + eps), d half their difference.
# Every channel turns into (+1, -1) or (-1, +1), whatever the numbers were.
d = (x[0] - x[1]).abs() / 2
out = nn.BatchNorm1d(5, affine=False)(x)
print(torch.allclose(out.abs(), d / torch.sqrt(d**2 + 1e-5)), f"{out.abs().min().item():.6f}")
#> True 0.999967
