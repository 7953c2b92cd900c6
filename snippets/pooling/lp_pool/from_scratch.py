import math

import torch
import torch.nn.functional as F


def _ntuple(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _lp_pool(input, n, norm_type, kernel_size, stride, ceil_mode):
    k = _ntuple(kernel_size, n)
    s = k if stride is None else _ntuple(stride, n)
    windows, inside = input, torch.ones((), dtype=input.dtype, device=input.device)
    for i in range(n):  # no padding; with ceil_mode the last window may hang over the end
        dim, size = input.dim() - n + i, input.shape[-n + i]
        out = (size - k[i] + (s[i] - 1 if ceil_mode else 0)) // s[i] + 1
        if ceil_mode and (out - 1) * s[i] >= size:
            out -= 1
        extra = max(0, (out - 1) * s[i] + k[i] - size)
        shape = list(windows.shape)
        shape[dim] = extra  # the overhang holds a value that never counts: 0, or inf for the smallest |x|
        overhang = windows.new_full(shape, math.inf if norm_type == -math.inf else 0.0)
        windows = torch.cat([windows, overhang], dim).unfold(dim, k[i], s[i])
        start = torch.arange(out, device=input.device) * s[i]
        count = (start + k[i]).clamp(max=size) - start  # how many elements of each window lie inside the input
        inside = inside * count.reshape([-1] + [1] * (n - 1 - i))
    windows = windows.flatten(-n)  # (..., *out, K)

    if norm_type == math.inf:  # the largest |x|: max pooling of |x| (the first one on a tie)
        a = windows.abs()
        return a.gather(-1, a.argmax(-1, keepdim=True)).squeeze(-1)
    if norm_type == -math.inf:  # the smallest |x|
        a = windows.abs()
        return a.gather(-1, a.argmin(-1, keepdim=True)).squeeze(-1)
    # torch averages x**p over the elements inside the input, then multiplies by the full kernel size:
    # the plain sum for a whole window, more than the sum for a window hanging over the end (ceil_mode).
    mean = windows.pow(norm_type).sum(-1) / inside
    total = (torch.sign(mean) * torch.relu(mean.abs())) * math.prod(k)  # = mean * K; gradient 0 where it is 0
    return total.pow(1.0 / norm_type)  # a negative total gives NaN unless 1/p is an integer


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 1, norm_type, kernel_size, stride, ceil_mode)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 2, norm_type, kernel_size, stride, ceil_mode)


def lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 3, norm_type, kernel_size, stride, ceil_mode)


# The example of the page: windows of 2 over 3, 4, 0, 5, 12; p = 2 gives the Euclidean norm of each window.
x = torch.tensor([[[3.0, 4.0, 0.0, 5.0, 12.0]]], requires_grad=True)
print(lp_pool1d(x, 2, 2).detach(), F.lp_pool1d(x, 2, 2).detach())
#> tensor([[[5., 5.]]]) tensor([[[5., 5.]]])
# ceil_mode: the last window holds only 12, yet the result is sqrt(2) * 12, not 12.
print(lp_pool1d(x, 2, 2, ceil_mode=True).detach(), F.lp_pool1d(x, 2, 2, ceil_mode=True).detach())
#> tensor([[[ 5.0000,  5.0000, 16.9706]]]) tensor([[[ 5.0000,  5.0000, 16.9706]]])
# The gradient of the norm is x / norm inside each window.
print(torch.autograd.grad(lp_pool1d(x, 2, 2).sum(), x)[0], torch.autograd.grad(F.lp_pool1d(x, 2, 2).sum(), x)[0], sep="\n")
#> tensor([[[0.6000, 0.8000, 0.0000, 1.0000, 0.0000]]])
#> tensor([[[0.6000, 0.8000, 0.0000, 1.0000, 0.0000]]])
