import math
import warnings

import torch
import torch.nn as nn

# mean 5, std 1, bounds [-2, 2]: the mean lies 3 std beyond b.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    w = nn.init.trunc_normal_(torch.empty(10_000, device="cpu"), mean=5.0, std=1.0,
                              generator=torch.Generator().manual_seed(0))
print(caught[0].category.__name__, caught[0].message)
#> UserWarning mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.
print(f"min {w.min():.3f}  max {w.max():.3f}  mean {w.mean():.3f}")  # crowded against b = 2
#> min -0.062  max 2.000  mean 1.716


def pdf(x):
    return math.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def cdf(x):
    return (1 + math.erf(x / math.sqrt(2))) / 2


alpha, beta = -2.0 - 5.0, 2.0 - 5.0  # the bounds in std units around the mean
print(f"mean of the truncated distribution: {5.0 + (pdf(alpha) - pdf(beta)) / (cdf(beta) - cdf(alpha)):.3f}")
#> mean of the truncated distribution: 1.717
