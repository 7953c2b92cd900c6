import math

import torch
import torch.nn as nn


def pdf(x):
    return math.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def cdf(x):
    return (1 + math.erf(x / math.sqrt(2))) / 2


def truncated_mean_std(alpha, beta):  # of N(0, 1) restricted to [alpha, beta]
    z = cdf(beta) - cdf(alpha)
    mean = (pdf(alpha) - pdf(beta)) / z
    var = 1 + (alpha * pdf(alpha) - (beta * pdf(beta) if beta != math.inf else 0)) / z - mean**2
    return mean, math.sqrt(var)


g = torch.Generator().manual_seed(0)
for a, b in [(-2.0, 2.0), (-1.0, 1.0), (0.0, math.inf), (2.0, 3.0)]:
    w = nn.init.trunc_normal_(torch.empty(100_000, device="cpu"), a=a, b=b, generator=g)
    mean, std = truncated_mean_std(a, b)
    print(f"[{a}, {b}]: mean {mean:.3f} measured {w.mean():.3f}   std {std:.3f} measured {w.std():.3f}")
    #> [-2.0, 2.0]: mean 0.000 measured -0.001   std 0.880 measured 0.880
    #> [-1.0, 1.0]: mean 0.000 measured 0.000   std 0.540 measured 0.539
    #> [0.0, inf]: mean 0.798 measured 0.801   std 0.603 measured 0.606
    #> [2.0, 3.0]: mean 2.316 measured 2.315   std 0.248 measured 0.249
