import math

import torch
import torch.nn.functional as F

RANK = {"linear": 3, "bilinear": 4, "bicubic": 4, "trilinear": 5, "lanczos": 4}  # mode -> the input rank it needs
WIDTH = {"linear": 2, "bilinear": 2, "trilinear": 2, "bicubic": 4, "lanczos": 6}  # taps of each filter


def cubic(t, a=-0.75):
    """The cubic convolution kernel (Keys); a = -0.75 for interpolation, -0.5 for the antialiased filter."""
    t = t.abs()
    near = ((a + 2) * t - (a + 3)) * t * t + 1
    far = ((a * t - 5 * a) * t + 8 * a) * t - 4 * a
    return torch.where(t < 1, near, torch.where(t < 2, far, 0.0))


def triangle(t):
    return (1 - t.abs()).clamp(min=0)


def lanczos3(t):
    return torch.where(t.abs() < 3, torch.sinc(t) * torch.sinc(t / 3), 0.0)


def taps(n_in, n_out, scale, mode, align_corners, antialias, device):
    """For each output position o of one spatial dimension: the input positions it reads, index[o],
    and their weights, weight[o]; both of shape (n_out, number of taps)."""
    o = torch.arange(n_out, dtype=torch.float64, device=device)
    ones = torch.ones(n_out, 1, dtype=torch.float64, device=device)
    if mode in ("nearest", "nearest-exact"):
        r = 1 / scale if scale else n_in / n_out  # input pixels per output pixel
        # 'nearest' reads the pixel under the left edge o of output pixel o, 'nearest-exact' under its center
        src = ((o + 0.5) * r if mode == "nearest-exact" else o * r).floor()
        return src.long().clamp(max=n_in - 1)[:, None], ones
    if mode == "area":  # the mean over the window [floor(o n_in / n_out), ceil((o + 1) n_in / n_out))
        k = torch.arange(n_out, device=device)
        start, end = k * n_in // n_out, -(-(k + 1) * n_in // n_out)
        width = int((end - start).max()) if n_out else 1
        index = start[:, None] + torch.arange(width, device=device)
        weight = (index < end[:, None]) / (end - start)[:, None]
        return index.clamp(max=n_in - 1), weight.double()
    # the step r: the distance between two output pixels, in input pixels
    if align_corners:
        r = (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
    else:
        r = 1 / scale if scale else n_in / n_out
    if antialias:  # the kernel stretched by r when shrinking, weights normalized to sum 1 (as Pillow)
        support = WIDTH[mode] / 2 * max(r, 1.0)
        center = r * (o + 0.5)
        first = (center - support + 0.5).trunc().clamp(min=0)
        last = (center + support + 0.5).trunc().clamp(max=n_in)
        index = first.long()[:, None] + torch.arange(math.ceil(support) * 2 + 1, device=device)
        kernel = {"bilinear": triangle, "bicubic": lambda t: cubic(t, a=-0.5), "lanczos": lanczos3}[mode]
        weight = kernel((index - center[:, None] + 0.5) / max(r, 1.0))
        weight = torch.where(index < last[:, None], weight, 0.0)
        total = weight.sum(1, keepdim=True)
        weight = torch.where(total != 0, weight / total, weight)
        return index.clamp(max=n_in - 1), weight
    if n_out == n_in and mode != "bicubic":
        return o.long()[:, None], ones  # the linear modes copy when the size does not change
    # the source coordinate u of output pixel o (the formulas of the page)
    u = r * o if align_corners else r * (o + 0.5) - 0.5
    if mode != "bicubic":
        u = u.clamp(min=0)
    i = u.floor().clamp(max=n_in - 1)
    t = u - i
    if mode == "bicubic":  # 4 taps i - 1 .. i + 2, an index outside the image reads the border pixel
        k = torch.arange(-1, 3, device=device, dtype=torch.float64)
        return (i[:, None] + k).clamp(0, n_in - 1).long(), cubic(t[:, None] - k)
    return torch.stack([i, (i + 1).clamp(max=n_in - 1)], 1).long(), torch.stack([1 - t, t], 1)


def output_size(input, size, scale_factor, recompute_scale_factor, mode):
    """The output size of each spatial dimension, and the scale factor its interpolation uses (None: n_in / n_out)."""
    dim = input.dim() - 2  # the number of spatial dimensions
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is None and scale_factor is None:
        raise ValueError("either size or scale_factor should be defined")
    if size is not None:
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError(
                    "Input and output must have the same number of spatial dimensions, but got "
                    f"input with spatial dimensions of {list(input.shape[2:])} and output size of {size}. "
                    "Please provide input tensor in (N, C, d1, d2, ...,dK) format and "
                    "output size in (o1, o2, ...,oK) format.")
            if not all(isinstance(n, int) for n in size):
                raise TypeError("expected size to be one of int or Tuple[int] or Tuple[int, int] or "
                                f"Tuple[int, int, int], but got size with types {[type(n) for n in size]}")
        if recompute_scale_factor:
            raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
        return list(size) if isinstance(size, (list, tuple)) else [size] * dim, [None] * dim
    if isinstance(scale_factor, (list, tuple)) and len(scale_factor) != dim:
        raise ValueError(
            "Input and scale_factor must have the same number of spatial dimensions, but "
            f"got input with spatial dimensions of {list(input.shape[2:])} and "
            f"scale_factor of shape {scale_factor}. "
            "Please provide input tensor in (N, C, d1, d2, ...,dK) format and "
            "scale_factor in (s1, s2, ...,sK) format.")
    scales = list(scale_factor) if isinstance(scale_factor, (list, tuple)) else [scale_factor] * dim
    sizes = [int(n * s) for n, s in zip(input.shape[2:], scales)]  # floor(n_in * scale_factor)
    if recompute_scale_factor or mode == "area":
        return sizes, [None] * dim  # interpolate as if the size had been given
    return sizes, scales


def check_mode(input, mode, align_corners, antialias, sizes):
    """torch's errors for a mode that does not fit the input, and for empty sizes."""
    if antialias and not (mode in ("bilinear", "bicubic", "lanczos") and input.dim() == 4):
        raise ValueError("Anti-alias option is restricted to bilinear, bicubic, and lanczos modes "
                         "and requires a 4-D tensor as input")
    if mode in ("linear", "bilinear", "trilinear") and input.dim() in (3, 4, 5) and input.dim() != RANK[mode]:
        raise NotImplementedError(f"Got {input.dim()}D input, but {mode} mode needs {RANK[mode]}D input")
    if not (mode in ("nearest", "nearest-exact", "area") and input.dim() in (3, 4, 5) or RANK.get(mode) == input.dim()):
        raise NotImplementedError(
            "Input Error: Only 3D, 4D and 5D input Tensors supported"
            f" (got {input.dim()}D) for the modes: nearest | linear | bilinear | bicubic | trilinear"
            f" | lanczos | area | nearest-exact (got {mode})")
    if mode == "lanczos" and align_corners:
        raise ValueError("Lanczos mode does not support align_corners=True")
    if mode == "lanczos" and not antialias:
        raise ValueError("Lanczos mode requires antialias=True")
    if mode == "area":
        return
    if min(input.shape[2:]) <= 0 or min(sizes) <= 0:
        names = "DHW"[5 - input.dim():]
        given = ", ".join(f"{c}: {n}" for c, n in zip(names, input.shape[2:]))
        wanted = ", ".join(f"{c}: {n}" for c, n in zip(names, sizes))
        raise RuntimeError("Input and output sizes should be greater than 0, but got "
                           f"input ({given}){' and' if input.dim() == 3 else ''} output ({wanted})")
    if input.numel() == 0 and input.shape[1] == 0:
        raise RuntimeError(f"Non-empty {input.dim()}D data tensor expected but got a tensor with sizes {list(input.shape)}")


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None, antialias=False):
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the "
                             "interpolating modes: linear | bilinear | bicubic | trilinear")
    elif align_corners is None:
        align_corners = False
    sizes, scales = output_size(input, size, scale_factor, recompute_scale_factor, mode)
    check_mode(input, mode, align_corners, antialias, sizes)
    # one spatial dimension after the other: output[..., o] = sum_k weight[o, k] * input[..., index[o, k]]
    out = input
    for d, (n_out, scale) in enumerate(zip(sizes, scales)):
        index, weight = taps(input.shape[2 + d], n_out, scale, mode, align_corners, antialias, input.device)
        moved = out.movedim(2 + d, -1)  # the dimension being resampled goes last
        moved = (moved[..., index] * weight.to(input.dtype)).sum(-1)
        out = moved.movedim(-1, 2 + d)
    return out


# The example of the page: one row of 4 pixels, upsampled to 8.
x = torch.tensor([[[1.0, 2.0, 4.0, 8.0]]], requires_grad=True)
for corners in (False, True):
    print(interpolate(x, scale_factor=2, mode="linear", align_corners=corners).detach(),
          F.interpolate(x, scale_factor=2, mode="linear", align_corners=corners).detach(), sep="\n")
    #> tensor([[[1.0000, 1.2500, 1.7500, 2.5000, 3.5000, 5.0000, 7.0000, 8.0000]]])
    #> tensor([[[1.0000, 1.2500, 1.7500, 2.5000, 3.5000, 5.0000, 7.0000, 8.0000]]])
    #> tensor([[[1.0000, 1.4286, 1.8571, 2.5714, 3.4286, 4.5714, 6.2857, 8.0000]]])
    #> tensor([[[1.0000, 1.4286, 1.8571, 2.5714, 3.4286, 4.5714, 6.2857, 8.0000]]])
# The gradient of the sum: how much each input pixel weighs in the output, in total.
mine, = torch.autograd.grad(interpolate(x, size=8, mode="linear", align_corners=True).sum(), x)
theirs, = torch.autograd.grad(F.interpolate(x, size=8, mode="linear", align_corners=True).sum(), x)
print(mine, theirs)
#> tensor([[[1.7143, 2.2857, 2.2857, 1.7143]]]) tensor([[[1.7143, 2.2857, 2.2857, 1.7143]]])
