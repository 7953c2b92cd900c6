import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 101, dtype=torch.float64)


def max_min(x, alpha):
    # max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
    return torch.clamp(x, min=0) + torch.clamp(alpha * (torch.exp(x / alpha) - 1), max=0)


# The max/min form holds for every nonzero alpha, negative ones included.
print([torch.allclose(F.celu(x, alpha), max_min(x, alpha)) for alpha in (1.0, 0.5, 2.0, -1.0)])
#> [True, True, True, True]
# For alpha > 0, CELU is a rescaled ELU: CELU(x, alpha) = alpha * ELU(x / alpha, 1).
print([torch.allclose(F.celu(x, alpha), alpha * F.elu(x / alpha)) for alpha in (0.5, 2.0)])
#> [True, True]
# ...and differs from ELU with the same alpha, except at alpha = 1.
print([torch.allclose(F.celu(x, alpha), F.elu(x, alpha)) for alpha in (0.5, 1.0, 2.0)])
#> [False, True, False]
