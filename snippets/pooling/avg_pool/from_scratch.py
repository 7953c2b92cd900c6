import math

import torch
import torch.nn.functional as F


def _ntuple(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _out_size(size, k, s, p, ceil_mode):
    """How many windows fit along one dimension; the padding may be at most half the kernel."""
    if p > k // 2:
        raise RuntimeError("pad should be at most half of effective kernel size, "
                           f"but got pad={p}, kernel_size={k} and dilation=1")
    out = (size + 2 * p - k + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out - 1) * s >= size + p:  # a last window starting in the right padding is dropped
        out -= 1
    return out


def _pad(t, dim, before, after):
    """Pad dimension `dim` of t with zeros."""
    shape = list(t.shape)
    shape[dim] = before
    left = t.new_zeros(shape)
    shape[dim] = after
    return torch.cat([left, t, t.new_zeros(shape)], dim)


def _counts(size, k, s, p, out):
    """Per window along one dimension: positions inside input + padding, and inside the input only."""
    start = torch.arange(out) * s - p
    end = start + k
    with_pad = end.clamp(max=size + p) - start  # the ceil_mode overhang never counts
    inside = end.clamp(max=size) - start.clamp(min=0)
    return with_pad, inside


def _avg_pool(input, n, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    k, p = _ntuple(kernel_size, n), _ntuple(padding, n)
    s = k if stride is None else _ntuple(stride, n)
    sizes = input.shape[-n:]
    out = [_out_size(*args, ceil_mode) for args in zip(sizes, k, s, p)]
    sums, divisor = input, torch.ones(out, dtype=input.dtype, device=input.device)
    for i in range(n):
        dim = input.dim() - n + i
        extra = max(0, (out[i] - 1) * s[i] + k[i] - (sizes[i] + 2 * p[i]))  # ceil_mode overhang
        sums = _pad(sums, dim, p[i], p[i] + extra)
        sums = sums.unfold(dim, k[i], s[i]).sum(-1)  # windows along this dimension, summed
        with_pad, inside = _counts(sizes[i], k[i], s[i], p[i], out[i])
        # the divisor is a product over the dimensions, like the window itself
        count = (with_pad if count_include_pad else inside).to(divisor)
        divisor = divisor * count.reshape([-1] + [1] * (n - 1 - i))
    return sums / (divisor if divisor_override is None else divisor_override)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for avg_pool1d)")
    # torch runs the 2-D version on a (1, L) plane
    (k,), (p,) = _ntuple(kernel_size, 1), _ntuple(padding, 1)
    s = k if stride is None else _ntuple(stride, 1)[0]
    return avg_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, p), ceil_mode, count_include_pad).squeeze(-2)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    (kH, kW), (pH, pW) = _ntuple(kernel_size, 2), _ntuple(padding, 2)
    s = (kH, kW) if stride is None else _ntuple(stride, 2)
    C, H, W = input.size(-3), input.size(-2), input.size(-1)
    oH, oW = _out_size(H, kH, s[0], pH, ceil_mode), _out_size(W, kW, s[1], pW, ceil_mode)
    if input.dim() not in (3, 4) or 0 in (C, H, W):
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, "
                           f"but got:{list(input.shape)}")
    if oH < 1 or oW < 1:
        raise RuntimeError(f"Given input size: ({C}x{H}x{W}). Calculated output size: ({C}x{oH}x{oW}). "
                           "Output size is too small")
    return _avg_pool(input, 2, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if input.dim() not in (4, 5):
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    if divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    (kT, kH, kW), (pT, pH, pW) = _ntuple(kernel_size, 3), _ntuple(padding, 3)
    s = (kT, kH, kW) if stride is None else _ntuple(stride, 3)
    C, T, H, W = input.shape[-4:]
    oT, oH, oW = (_out_size(*args, ceil_mode) for args in zip((T, H, W), (kT, kH, kW), s, (pT, pH, pW)))
    if T < kT or H < kH or W < kW:  # 3-D only: the input alone must hold a whole window
        raise RuntimeError(f"input image (T: {T} H: {H} W: {W}) smaller than kernel size (kT: {kT} kH: {kH} kW: {kW})")
    if min(oT, oH, oW) < 1:
        raise RuntimeError(f"Given input size: ({C}x{T}x{H}x{W}). Calculated output size: ({C}x{oT}x{oH}x{oW}). "
                           "Output size is too small")
    return _avg_pool(input, 3, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


# The example of the page: 1..6 with a window of 3, stride 2, padding 1 and ceil_mode.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]], requires_grad=True)
for include in [True, False]:
    mine = avg_pool1d(x, 3, 2, 1, ceil_mode=True, count_include_pad=include)
    theirs = F.avg_pool1d(x, 3, 2, 1, ceil_mode=True, count_include_pad=include)
    print(mine.detach(), theirs.detach())
    #> tensor([[[1., 3., 5., 3.]]]) tensor([[[1., 3., 5., 3.]]])
    #> tensor([[[1.5000, 3.0000, 5.0000, 6.0000]]]) tensor([[[1.5000, 3.0000, 5.0000, 6.0000]]])
# Each input element receives 1/divisor from every window that holds it.
print(torch.autograd.grad(mine.sum(), x)[0], torch.autograd.grad(theirs.sum(), x)[0], sep="\n")
#> tensor([[[0.5000, 0.8333, 0.3333, 0.6667, 0.3333, 1.3333]]])
#> tensor([[[0.5000, 0.8333, 0.3333, 0.6667, 0.3333, 1.3333]]])
