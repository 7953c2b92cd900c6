import math

import torch
import torch.nn as nn


def fan_in_and_fan_out(tensor):
    """(fan_in, fan_out) of a weight of shape (out, in, *kernel), as torch.nn.init computes them."""
    if tensor.dim() < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive_field = math.prod(tensor.shape[2:])  # 1 for a Linear weight, k_h * k_w for a Conv2d weight
    return tensor.shape[1] * receptive_field, tensor.shape[0] * receptive_field


def xavier_uniform_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))  # variance 1 / fan, fan = (fan_in + fan_out) / 2
    bound = math.sqrt(3.0) * std  # U(-bound, bound) has standard deviation bound / sqrt(3)
    with torch.no_grad():
        u = torch.rand(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        lo, hi = torch.full_like(u, -bound), torch.full_like(u, bound)
        return tensor.copy_(torch.addcmul(lo, u, hi - lo))  # -bound + u * 2 bound, rounded as torch rounds it


def xavier_normal_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    with torch.no_grad():
        z = torch.randn(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        return tensor.copy_(z * std)


# A Linear(300, 100) weight: bound sqrt(6 / 400), the same numbers as torch from the same seed.
mine = xavier_uniform_(torch.empty(100, 300, device="cpu"), generator=torch.Generator().manual_seed(0))
theirs = nn.init.xavier_uniform_(torch.empty(100, 300, device="cpu"), generator=torch.Generator().manual_seed(0))
print(torch.equal(mine, theirs), round(math.sqrt(6 / 400), 4), round(mine.abs().max().item(), 4))
#> True 0.1225 0.1225
# xavier_normal_ with the gain of tanh: std 5/3 * sqrt(2 / 400).
mine = xavier_normal_(torch.empty(100, 300, device="cpu"), 5 / 3, generator=torch.Generator().manual_seed(0))
theirs = nn.init.xavier_normal_(torch.empty(100, 300, device="cpu"), 5 / 3, generator=torch.Generator().manual_seed(0))
print(torch.allclose(mine, theirs, rtol=1e-6, atol=0), round(5 / 3 * math.sqrt(2 / 400), 4),
      round(mine.std().item(), 4))
#> True 0.1179 0.118
