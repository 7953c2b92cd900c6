import math

import torch
import torch.nn.functional as F


def pixel_shuffle(input, upscale_factor):
    r = upscale_factor
    if input.dim() < 3:
        raise RuntimeError("pixel_shuffle expects input to have at least 3 dimensions, "
                           f"but got input with {input.dim()} dimension(s)")
    if r <= 0:
        raise RuntimeError(f"pixel_shuffle expects a positive upscale_factor, but got {r}")
    *batch, c, h, w = input.shape
    if c % (r * r) != 0:
        raise RuntimeError("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                           f"upscale_factor, but input.size(-3)={c} is not divisible by {r * r}")
    # channel k * r * r + i * r + j fills the offset (i, j) of each r x r block of output channel k
    n = math.prod(batch)  # all leading dimensions as one
    x = input.reshape(n, c // (r * r), r, r, h, w)  # (N, C, i, j, H, W)
    x = x.permute(0, 1, 4, 2, 5, 3)                  # (N, C, H, i, W, j)
    return x.reshape(*batch, c // (r * r), h * r, w * r)

def pixel_unshuffle(input, downscale_factor):
    r = downscale_factor
    if input.dim() < 3:
        raise RuntimeError("pixel_unshuffle expects input to have at least 3 dimensions, "
                           f"but got input with {input.dim()} dimension(s)")
    if r <= 0:
        raise RuntimeError(f"pixel_unshuffle expects a positive downscale_factor, but got {r}")
    *batch, c, h, w = input.shape
    if h % r != 0:
        raise RuntimeError("pixel_unshuffle expects height to be divisible by downscale_factor, "
                           f"but input.size(-2)={h} is not divisible by {r}")
    if w % r != 0:
        raise RuntimeError("pixel_unshuffle expects width to be divisible by downscale_factor, "
                           f"but input.size(-1)={w} is not divisible by {r}")
    # the inverse: the r x r block at (H, W) goes back into r * r channels
    n = math.prod(batch)
    x = input.reshape(n, c, h // r, r, w // r, r)  # (N, C, H, i, W, j)
    x = x.permute(0, 1, 3, 5, 2, 4)                 # (N, C, i, j, H, W)
    return x.reshape(*batch, c * r * r, h // r, w // r)

# The example of the page: 4 channels of 2x2 become 1 channel of 4x4.
x = torch.arange(16.0).reshape(1, 4, 2, 2)
print(pixel_shuffle(x, 2)[0, 0])
#> tensor([[ 0.,  4.,  1.,  5.],
#>         [ 8., 12.,  9., 13.],
#>         [ 2.,  6.,  3.,  7.],
#>         [10., 14., 11., 15.]])
print(torch.equal(pixel_shuffle(x, 2), F.pixel_shuffle(x, 2)),
      torch.equal(pixel_unshuffle(pixel_shuffle(x, 2), 2), x))
#> True True
