import itertools
import warnings

import torch
import torch.nn.functional as F

ALIGN_CORNERS_WARNING = (
    "Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. "
    "Please specify align_corners=True if the old behavior is desired. "
    "See the documentation of grid_sample for details.")


def affine_grid(theta, size, align_corners=None):
    if align_corners is None:
        warnings.warn(ALIGN_CORNERS_WARNING, stacklevel=2)
        align_corners = False
    if not theta.is_floating_point():
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    if len(size) == 4:
        if theta.dim() != 3 or theta.shape[-2] != 2 or theta.shape[-1] != 3:
            raise ValueError(f"Expected a batch of 2D affine matrices of shape Nx2x3 for size {size}. "
                             f"Got {theta.shape}.")
    elif len(size) == 5:
        if theta.dim() != 3 or theta.shape[-2] != 3 or theta.shape[-1] != 4:
            raise ValueError(f"Expected a batch of 3D affine matrices of shape Nx3x4 for size {size}. "
                             f"Got {theta.shape}.")
    else:
        raise NotImplementedError("affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  f"respectively. Got size {size}.")
    if align_corners and min(size[2:]) == 1:
        warnings.warn("Since version 1.3.0, affine_grid behavior has changed for unit-size grids when "
                      "align_corners=True. This is not an intended use case of affine_grid. "
                      "See the documentation of affine_grid for details.", stacklevel=2)
    elif min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")

    def centers(n):  # the normalized coordinates of the centers of n pixels
        if n <= 1:
            return torch.zeros(1, dtype=theta.dtype, device=theta.device)
        c = torch.linspace(-1, 1, n, dtype=theta.dtype, device=theta.device)
        return c if align_corners else c * (n - 1) / n  # the outer edges, not the centers, sit at -1 and 1

    # every output pixel as a column (x, y, [z,] 1): x runs along the last dimension (W)
    axes = torch.meshgrid(*[centers(n) for n in size[2:]], indexing="ij")  # ([z,] y, x)
    base = torch.stack([*reversed(axes), torch.ones_like(axes[0])], dim=-1)  # (..., x, y, [z,] 1)
    base = base.reshape(1, -1, base.shape[-1]).expand(size[0], -1, -1)
    grid = base.bmm(theta.transpose(1, 2))  # theta @ (x, y, 1) for every pixel
    return grid.reshape(size[0], *size[2:], len(size) - 2)


def unnormalize(coord, size, align_corners):
    """Normalized coordinate -> pixel index: -1 and 1 are the centers of the corner pixels (align_corners=True)
    or the outer edges of the image (align_corners=False)."""
    return (coord + 1) / 2 * (size - 1) if align_corners else ((coord + 1) * size - 1) / 2


def clip(coord, size):
    """Clamp into [0, size - 1]; on the border itself the gradient is 0, as in torch."""
    return torch.where(coord <= 0, 0.0, torch.where(coord >= size - 1, size - 1.0, coord))


def reflect(coord, low, high):
    """Mirror coord at low and at high, as often as needed, until it lies in [low, high]."""
    if low == high:
        return torch.zeros_like(coord)
    span = high - low
    distance = torch.where(coord < low, low - coord, coord - low)
    extra, flips = torch.fmod(distance, span), (distance / span).floor()
    return torch.where(flips % 2 == 0, low + extra, high - extra)


def pad(coord, size, padding_mode, align_corners):
    """Where a coordinate outside the image reads from: 'zeros' leaves it outside (it reads 0)."""
    if padding_mode == "border":
        return clip(coord, size)
    if padding_mode == "reflection":
        low, high = (0, size - 1) if align_corners else (-0.5, size - 0.5)
        return clip(reflect(coord, low, high), size)
    return coord


def pick(input, index):
    """input[n, :, index] for every output location, 0 where the index lies outside the image.
    index: one integer tensor per spatial dimension ([D,] H, W), each of the grid's shape without its last dim."""
    inside = torch.ones_like(index[0], dtype=torch.bool)
    for i, n in zip(index, input.shape[2:]):
        inside &= (i >= 0) & (i < n)
    clamped = [i.clamp(0, n - 1) for i, n in zip(index, input.shape[2:])]
    batch = torch.arange(input.shape[0], device=input.device).view(-1, *[1] * (index[0].dim() - 1))
    values = input[(batch, slice(None), *clamped)].movedim(-1, 1)  # (N, C, *grid.shape[1:-1])
    return torch.where(inside.unsqueeze(1), values, 0.0)


def cubic(t, a=-0.75):
    """The cubic convolution kernel (Keys, a = -0.75), the weight of a pixel at distance t."""
    t = t.abs()
    return torch.where(t < 1, ((a + 2) * t - (a + 3)) * t * t + 1,
                       torch.where(t < 2, ((a * t - 5 * a) * t + 8 * a) * t - 4 * a, 0.0))


def grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=None):
    if mode not in ("bilinear", "nearest", "bicubic"):
        raise ValueError("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         f"but got: '{mode}'")
    if padding_mode not in ("zeros", "border", "reflection"):
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', "
                         f"or 'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        warnings.warn(ALIGN_CORNERS_WARNING, stacklevel=2)
        align_corners = False
    if input.shape[0] != grid.shape[0]:
        raise RuntimeError("grid_sampler(): expected grid and input to have same batch size, but got "
                           f"input with sizes {list(input.shape)} and grid with sizes {list(grid.shape)}")
    if grid.shape[-1] != input.dim() - 2:
        raise RuntimeError(f"grid_sampler(): expected grid to have size {input.dim() - 2} in last dimension, "
                           f"but got grid with sizes {list(grid.shape)}")
    for i in range(2, input.dim()):
        if input.shape[i] == 0:
            raise RuntimeError("grid_sampler(): expected input to have non-empty spatial dimensions, but input "
                               f"has sizes {list(input.shape)} with dimension {i} being empty")
    rank = 4 if input.dim() == 4 else 5
    if input.dim() != rank or grid.dim() != rank:
        raise RuntimeError(f"grid_sampler(): expected {rank}D input and grid with same number of dimensions, but "
                           f"got input with sizes {list(input.shape)} and grid with sizes {list(grid.shape)}")
    if rank == 5 and mode == "bicubic":
        raise RuntimeError("grid_sampler(): bicubic interpolation only supports 4D input")

    sizes = input.shape[2:]  # ([D,] H, W); the grid's last dimension is (x, y[, z]): W first
    coords = [unnormalize(grid[..., -1 - k], n, align_corners) for k, n in enumerate(sizes)]
    if mode == "nearest":
        coords = [pad(c, n, padding_mode, align_corners) for c, n in zip(coords, sizes)]
        return pick(input, [c.round().long() for c in coords])  # round half to even
    if mode == "bilinear":  # 2 taps per dimension: floor(c) with weight 1 - t, floor(c) + 1 with weight t
        coords = [pad(c, n, padding_mode, align_corners) for c, n in zip(coords, sizes)]
        offsets, weight = (0, 1), lambda t, k: 1 - t if k == 0 else t
    else:  # bicubic: 4 taps per dimension, floor(c) - 1 .. floor(c) + 2, each tap padded on its own
        offsets, weight = (-1, 0, 1, 2), lambda t, k: cubic(t - k)
    lows = [c.floor() for c in coords]
    out = 0
    for corner in itertools.product(offsets, repeat=len(sizes)):
        index, w = [], 1
        for c, low, k, n in zip(coords, lows, corner, sizes):
            tap = low + k
            if mode == "bicubic":
                tap = pad(tap, n, padding_mode, align_corners)
            index.append(tap.long())
            w = w * weight(c - low, k)
        out = out + w.unsqueeze(1) * pick(input, index)
    return out


# The example of the page: a 3x3 image, a rotation by 90 degrees and a shift by half the width.
image = torch.arange(9.0).reshape(1, 1, 3, 3)
theta = torch.tensor([[[0.0, -1.0, 0.0],
                       [1.0, 0.0, 0.0]]])
grid = affine_grid(theta, [1, 1, 3, 3], align_corners=False)
print(torch.equal(grid, F.affine_grid(theta, [1, 1, 3, 3], align_corners=False)))
#> True
print(grid_sample(image, grid, align_corners=False)[0, 0])
#> tensor([[2., 5., 8.],
#>         [1., 4., 7.],
#>         [0., 3., 6.]])
print(F.grid_sample(image, grid, align_corners=False)[0, 0])
#> tensor([[2., 5., 8.],
#>         [1., 4., 7.],
#>         [0., 3., 6.]])
