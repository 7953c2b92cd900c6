import math

import torch
import torch.nn.functional as F


def _ntuple(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _out_size(size, k, s, p, d, ceil_mode):
    """How many windows fit along one dimension."""
    span = d * (k - 1) + 1  # the window's extent in the input
    out = (size + 2 * p - span + (s - 1 if ceil_mode else 0)) // s + 1  # floor or ceil of (...) / s, plus 1
    if ceil_mode and (out - 1) * s >= size + p:  # a last window starting in the right padding is dropped
        out -= 1
    return out


def _pad(t, dim, before, after, fill):
    """Pad dimension `dim` of t with `fill` values."""
    shape = list(t.shape)
    shape[dim] = before
    left = torch.full(shape, fill, dtype=t.dtype, device=t.device)
    shape[dim] = after
    right = torch.full(shape, fill, dtype=t.dtype, device=t.device)
    return torch.cat([left, t, right], dim)


def _max_pool(input, n, kernel_size, stride, padding, dilation, ceil_mode, return_indices):
    k, p, d = _ntuple(kernel_size, n), _ntuple(padding, n), _ntuple(dilation, n)
    s = k if stride is None else _ntuple(stride, n)
    sizes = input.shape[-n:]
    out = [_out_size(*args, ceil_mode) for args in zip(sizes, k, s, p, d)]
    # The flat position of every element in its plane, -1 in the padding; it becomes the index.
    index = torch.arange(math.prod(sizes), device=input.device).reshape(sizes)
    windows = input
    for i in range(n):  # pad each spatial dimension with -inf, then cut it into windows
        dim = input.dim() - n + i
        extra = max(0, (out[i] - 1) * s[i] + d[i] * (k[i] - 1) + 1 - (sizes[i] + 2 * p[i]))  # ceil_mode overhang
        windows = _pad(windows, dim, p[i], p[i] + extra, -math.inf)
        index = _pad(index, i, p[i], p[i] + extra, -1)
        span = d[i] * (k[i] - 1) + 1
        windows = windows.unfold(dim, span, s[i])[..., :: d[i]]  # dilation: every d-th element of the span
        index = index.unfold(i, span, s[i])[..., :: d[i]]
    windows = windows.flatten(-n)  # (..., *out, K): the K elements of each window, in row-major order
    index = index.flatten(-n).expand(windows.shape)

    # torch scans each window in order: the first maximum wins a tie, but a NaN wins over everything
    # (the last NaN if there are several).
    where = torch.arange(windows.shape[-1], device=input.device)
    hit = (windows == windows.amax(-1, keepdim=True)) & (index >= 0)
    first_max = torch.where(hit, where, windows.shape[-1]).amin(-1, keepdim=True)
    last_nan = torch.where(windows.isnan(), where, -1).amax(-1, keepdim=True)
    choice = torch.where(last_nan >= 0, last_nan, first_max)
    values = windows.gather(-1, choice).squeeze(-1)  # the gradient flows to the chosen element only
    return (values, index.gather(-1, choice).squeeze(-1)) if return_indices else values


def _check_padding(k, p, d):
    """torch's first padding check: at most half of the dilated window."""
    for ki, pi, di in zip(k, p, d):
        if pi > (di * (ki - 1) + 1) // 2:
            raise RuntimeError("pad should be at most half of effective kernel size, "
                               f"but got pad={pi}, kernel_size={ki} and dilation={di}")


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if not (input.dim() in (2, 3) and 0 not in input.shape[-2:]):
        raise RuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size "
                           f"for input, but got:{list(input.shape)}")
    (k,), (p,) = _ntuple(kernel_size, 1), _ntuple(padding, 1)
    if p > k // 2:  # at most half of the kernel size, whatever the dilation
        raise RuntimeError(f"max_pool1d() padding should be at most half of kernel size, but got padding={p} "
                           f"and kernel_size={k}")
    s = k if stride is None else _ntuple(stride, 1)[0]
    out = _out_size(input.shape[-1], k, s, p, _ntuple(dilation, 1)[0], ceil_mode)
    if out <= 0:
        raise RuntimeError(f"max_pool1d() Invalid computed output size: {out}")
    return _max_pool(input, 1, kernel_size, stride, padding, dilation, ceil_mode, return_indices)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if input.dim() not in (3, 4):
        raise RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input")
    (kH, kW), (pH, pW), d = _ntuple(kernel_size, 2), _ntuple(padding, 2), _ntuple(dilation, 2)
    _check_padding((kH, kW), (pH, pW), d)
    if pH > kH // 2 or pW > kW // 2:  # then at most half of the kernel size, whatever the dilation
        raise RuntimeError("pad should be smaller than or equal to half of kernel size, "
                           f"but got padW = {pW}, padH = {pH}, kW = {kW}, kH = {kH}")
    s = (kH, kW) if stride is None else _ntuple(stride, 2)
    C, H, W = input.shape[-3:]
    oH, oW = (_out_size(*args, ceil_mode) for args in zip((H, W), (kH, kW), s, (pH, pW), d))
    if oH < 1 or oW < 1:
        raise RuntimeError(f"Given input size: ({C}x{H}x{W}). Calculated output size: ({C}x{oH}x{oW}). "
                           "Output size is too small")
    return _max_pool(input, 2, kernel_size, stride, padding, dilation, ceil_mode, return_indices)


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if input.dim() not in (4, 5):
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    (kT, kH, kW), (pT, pH, pW), d = _ntuple(kernel_size, 3), _ntuple(padding, 3), _ntuple(dilation, 3)
    _check_padding((kT, kH, kW), (pT, pH, pW), d)
    if pT > kT // 2 or pH > kH // 2 or pW > kW // 2:
        raise RuntimeError("pad should be smaller than or equal to half of kernel size, "
                           f"but got kT: {kT} kW: {kW} kH: {kH} padT: {pT} padW: {pW} padH: {pH}")
    s = (kT, kH, kW) if stride is None else _ntuple(stride, 3)
    C, T, H, W = input.shape[-4:]
    oT, oH, oW = (_out_size(*args, ceil_mode) for args in zip((T, H, W), (kT, kH, kW), s, (pT, pH, pW), d))
    if min(oT, oH, oW) < 1:
        raise RuntimeError(f"Given input size: ({C}x{T}x{H}x{W}). Calculated output size: ({C}x{oT}x{oH}x{oW}). "
                           "Output size is too small")
    return _max_pool(input, 3, kernel_size, stride, padding, dilation, ceil_mode, return_indices)


# The example of the page: one 4x5 plane, a 2x2 window with stride 2, ceil_mode keeps the last column.
x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0, 3.0],
                    [5.0, 3.0, 7.0, 7.0, 1.0],
                    [0.0, 2.0, 4.0, 1.0, 8.0],
                    [9.0, 1.0, 0.0, 4.0, 2.0]]]], requires_grad=True)
mine, mine_idx = max_pool2d(x, 2, ceil_mode=True, return_indices=True)
theirs, theirs_idx = F.max_pool2d(x, 2, ceil_mode=True, return_indices=True)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([[[[6., 7., 3.],
#>           [9., 4., 8.]]]])
#> tensor([[[[6., 7., 3.],
#>           [9., 4., 8.]]]])
print(mine_idx, theirs_idx, sep="\n")
#> tensor([[[[ 1,  7,  4],
#>           [15, 12, 14]]]])
#> tensor([[[[ 1,  7,  4],
#>           [15, 12, 14]]]])
# The gradient reaches only the chosen elements; in the tie 7, 7 it is the first one.
print(torch.autograd.grad(mine.sum(), x)[0][0, 0])
#> tensor([[0., 1., 0., 0., 1.],
#>         [0., 0., 1., 0., 0.],
#>         [0., 0., 1., 0., 1.],
#>         [1., 0., 0., 0., 0.]])
print(torch.autograd.grad(theirs.sum(), x)[0][0, 0])
#> tensor([[0., 1., 0., 0., 1.],
#>         [0., 0., 1., 0., 0.],
#>         [0., 0., 1., 0., 1.],
#>         [1., 0., 0., 0., 0.]])
