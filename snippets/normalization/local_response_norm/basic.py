import torch
import torch.nn as nn

# One sample, four channels, one position: (N, C, L) = (1, 4, 1).
x = torch.tensor([1.0, 2.0, 3.0, 4.0]).reshape(1, 4, 1)

# alpha / size = 1 and beta = 0.5 make the divisor sqrt(1 + sum of neighboring squares).
lrn = nn.LocalResponseNorm(size=3, alpha=3.0, beta=0.5, k=1.0)
print(lrn)
#> LocalResponseNorm(3, alpha=3.0, beta=0.5, k=1.0)
print(lrn(x).flatten())
#> tensor([0.4082, 0.5164, 0.5477, 0.7845])
# By hand, channel 1: 2 / sqrt(1 + 1^2 + 2^2 + 3^2); channel 3 has no right neighbor.
print(2 / (1 + 1 + 4 + 9) ** 0.5, 4 / (1 + 9 + 16) ** 0.5)
#> 0.5163977794943222 0.7844645405527362

# The defaults (alpha=1e-4, beta=0.75, k=1) barely change inputs of order 1.
print(nn.LocalResponseNorm(size=3)(x).flatten())
#> tensor([0.9999, 1.9993, 2.9978, 3.9975])
