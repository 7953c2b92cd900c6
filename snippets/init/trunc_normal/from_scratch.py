import math
import warnings

import torch
import torch.nn as nn


def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0, generator=None):
    def norm_cdf(x):  # the standard normal distribution function
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    def normal():  # N(mean, std^2) of the tensor's shape
        z = torch.randn(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        return z * std + mean

    def uniform(lo=0.0, hi=1.0):  # U(lo, hi) of the tensor's shape, drawn as tensor.uniform_ draws it
        if lo > hi:
            raise RuntimeError(
                f"uniform_ expects to return a [from, to) range, but found from={lo:g} > to={hi:g}")
        u = torch.rand(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        return torch.addcmul(torch.full_like(u, lo), u, torch.full_like(u, hi) - torch.full_like(u, lo))

    if mean < a - 2 * std or mean > b + 2 * std:
        warnings.warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. "
                      "The distribution of values may be incorrect.", stacklevel=2)
    with torch.no_grad():
        # a and b are values, not multiples of std: the mass of N(mean, std^2) inside [a, b]
        mass = norm_cdf((b - mean) / std) - norm_cdf((a - mean) / std)
        if mass > 0.3:
            # most draws land in [a, b]: draw normal values and redraw those outside until none is left
            lo = torch.tensor(a, dtype=tensor.dtype).item()  # the bounds as the tensor's dtype sees them
            hi = torch.tensor(b, dtype=tensor.dtype).item()
            x = normal()
            outside = (x < lo) | (x > hi)
            while outside.any():
                x = torch.where(outside, normal(), x)
                outside = (x < lo) | (x > hi)
        else:
            # [a, b] holds little of the mass: propose uniform values in [a, b] and keep x with
            # probability pdf(x) / pdf(peak), where peak is the point of [a, b] closest to the mean
            peak = max(a, min(mean, b))
            log_peak = -0.5 * ((peak - mean) / std) ** 2

            def rejected(x):  # log u > log(pdf(x) / pdf(peak)) for a fresh u in [0, 1)
                return uniform().log() > -0.5 * ((x - mean) / std) ** 2 - log_peak

            x = uniform(a, b)
            pending = rejected(x)
            while pending.any():
                candidates = uniform(a, b)
                x = torch.where(pending, candidates, x)
                pending = torch.where(pending, rejected(candidates), pending)
        return tensor.copy_(x)


def draw(fn, **kwargs):  # 1000 values from a fresh CPU generator seeded with 0
    return fn(torch.empty(1000, device="cpu"), generator=torch.Generator().manual_seed(0), **kwargs)


# std 0.02 cut at two standard deviations: normal draws, those outside [a, b] drawn again.
mine, theirs = draw(trunc_normal_, std=0.02, a=-0.04, b=0.04), draw(nn.init.trunc_normal_, std=0.02, a=-0.04, b=0.04)
print(torch.allclose(mine, theirs, rtol=1e-6, atol=0), round(mine.abs().max().item(), 4))
#> True 0.0399
# The far tail [2, 3]: uniform candidates accepted by the density, bit for bit.
mine, theirs = draw(trunc_normal_, a=2.0, b=3.0), draw(nn.init.trunc_normal_, a=2.0, b=3.0)
print(torch.equal(mine, theirs), round(mine.min().item(), 3), round(mine.max().item(), 3))
#> True 2.0 2.994
