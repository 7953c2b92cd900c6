import torch
import torch.nn as nn


def uniform_(tensor, a=0.0, b=1.0, generator=None):
    if a > b:
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found from={a:g} > to={b:g}")
    with torch.no_grad():  # filling a parameter is not an operation autograd records
        # u in [0, 1), drawn from the generator exactly as tensor.uniform_ draws it
        u = torch.rand(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        lo, hi = torch.full_like(u, a), torch.full_like(u, b)
        return tensor.copy_(torch.addcmul(lo, u, hi - lo))  # a + u * (b - a), rounded as torch rounds it


def normal_(tensor, mean=0.0, std=1.0, generator=None):
    if std < 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std:g}")
    with torch.no_grad():
        z = torch.randn(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        return tensor.copy_(z * std + mean)  # the same draws; the last bit may round differently


def constant_(tensor, val):
    with torch.no_grad():
        return tensor.fill_(val)


def ones_(tensor):
    return constant_(tensor, 1.0)


def zeros_(tensor):
    return constant_(tensor, 0.0)


def eye_(tensor):
    if tensor.ndimension() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    with torch.no_grad():
        tensor.zero_()
        tensor.diagonal().fill_(1)  # min(rows, columns) ones on the main diagonal
    return tensor


def dirac_(tensor, groups=1):
    if tensor.ndimension() not in (3, 4, 5):
        raise ValueError("Only tensors with 3, 4, or 5 dimensions are supported")
    out_channels, in_per_group = tensor.shape[0], tensor.shape[1]
    if out_channels % groups != 0:
        raise ValueError("dim 0 must be divisible by groups")
    out_per_group = out_channels // groups
    center = tuple(k // 2 for k in tensor.shape[2:])  # for an even size, the position right of the middle
    with torch.no_grad():
        tensor.zero_()
        for g in range(groups):
            for d in range(min(out_per_group, in_per_group)):
                # output channel d of group g copies input channel d of its group
                tensor[(g * out_per_group + d, d) + center] = 1
    return tensor


# The same generator seed gives the same numbers as torch.nn.init.
mine = uniform_(torch.empty(2, 3, device="cpu"), -1.0, 1.0, generator=torch.Generator().manual_seed(0))
theirs = nn.init.uniform_(torch.empty(2, 3, device="cpu"), -1.0, 1.0, generator=torch.Generator().manual_seed(0))
print(mine, torch.equal(mine, theirs), sep="\n")
#> tensor([[-0.0075,  0.5364, -0.8230],
#>         [-0.7359, -0.3852,  0.2682]])
#> True
mine = normal_(torch.empty(2, 3, device="cpu"), 0.0, 0.02, generator=torch.Generator().manual_seed(0))
theirs = nn.init.normal_(torch.empty(2, 3, device="cpu"), 0.0, 0.02, generator=torch.Generator().manual_seed(0))
print(mine, torch.allclose(mine, theirs, rtol=1e-6, atol=0), sep="\n")
#> tensor([[ 0.0308, -0.0059, -0.0436],
#>         [ 0.0114, -0.0217, -0.0280]])
#> True
print(torch.equal(dirac_(torch.empty(4, 2, 3, 3), groups=2), nn.init.dirac_(torch.empty(4, 2, 3, 3), groups=2)))
#> True
