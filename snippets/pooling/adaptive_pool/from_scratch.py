import itertools
import math

import torch
import torch.nn.functional as F


def _windows(size, out):
    """The (start, end) of each of the `out` windows over `size` positions."""
    return [(i * size // out, -(-(i + 1) * size // out)) for i in range(out)]  # floor(i*L/out), ceil((i+1)*L/out)


def _adaptive_pool(input, n, output_size, reduce):
    sizes = input.shape[-n:]
    if isinstance(output_size, int):
        output_size = (output_size,) * n
    out = [size if o is None else o for size, o in zip(sizes, output_size)]  # None keeps the input size
    index = torch.arange(math.prod(sizes), device=input.device).reshape(sizes)  # flat position in the plane
    results = []
    for box in itertools.product(*(_windows(size, o) for size, o in zip(sizes, out))):
        cut = tuple(slice(start, end) for start, end in box)
        results.append(reduce(input[(..., *cut)].flatten(-n), index[cut].flatten()))
    if not results:  # an output size of 0
        empty = input.new_empty(input.shape[:-n] + tuple(out))
        return empty, empty.long()
    # each window gave (value,) or (value, index): stack them into the output grid
    return [torch.stack(part, -1).unflatten(-1, out) for part in zip(*results)]


def _mean(window, index):
    return (window.mean(-1),)


def _max(window, index):
    """torch's rule: the first maximum of the window, but a NaN wins (the last one if there are several)."""
    where = torch.arange(window.shape[-1], device=window.device)
    first_max = torch.where(window == window.amax(-1, keepdim=True), where, window.shape[-1]).amin(-1, keepdim=True)
    last_nan = torch.where(window.isnan(), where, -1).amax(-1, keepdim=True)
    choice = torch.where(last_nan >= 0, last_nan, first_max)
    return window.gather(-1, choice).squeeze(-1), index[choice.squeeze(-1)]


def adaptive_avg_pool1d(input, output_size):
    return _adaptive_pool(input, 1, output_size, _mean)[0]


def adaptive_avg_pool2d(input, output_size):
    return _adaptive_pool(input, 2, output_size, _mean)[0]


def adaptive_avg_pool3d(input, output_size):
    return _adaptive_pool(input, 3, output_size, _mean)[0]


def adaptive_max_pool1d(input, output_size, return_indices=False):
    values, indices = _adaptive_pool(input, 1, output_size, _max)
    return (values, indices) if return_indices else values


def adaptive_max_pool2d(input, output_size, return_indices=False):
    values, indices = _adaptive_pool(input, 2, output_size, _max)
    return (values, indices) if return_indices else values


def adaptive_max_pool3d(input, output_size, return_indices=False):
    values, indices = _adaptive_pool(input, 3, output_size, _max)
    return (values, indices) if return_indices else values


# The example of the page: 7 positions into 3 windows, [0, 3), [2, 5), [4, 7): neighbors share an element.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]]], requires_grad=True)
print(_windows(7, 3))
#> [(0, 3), (2, 5), (4, 7)]
print(adaptive_avg_pool1d(x, 3).detach(), F.adaptive_avg_pool1d(x, 3).detach())
#> tensor([[[2., 4., 6.]]]) tensor([[[2., 4., 6.]]])
print(adaptive_max_pool1d(x, 3, return_indices=True)[1], F.adaptive_max_pool1d(x, 3, return_indices=True)[1])
#> tensor([[[2, 4, 6]]]) tensor([[[2, 4, 6]]])
# The shared elements 3 and 5 receive gradient from two windows.
print(torch.autograd.grad(adaptive_avg_pool1d(x, 3).sum(), x)[0], torch.autograd.grad(F.adaptive_avg_pool1d(x, 3).sum(), x)[0], sep="\n")
#> tensor([[[0.3333, 0.3333, 0.6667, 0.3333, 0.6667, 0.3333, 0.3333]]])
#> tensor([[[0.3333, 0.3333, 0.6667, 0.3333, 0.6667, 0.3333, 0.3333]]])
