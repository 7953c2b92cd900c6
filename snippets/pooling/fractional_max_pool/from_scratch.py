import math

import torch
import torch.nn.functional as F


def _ntuple(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _starts(u, size, out, k):
    """Window starts along one dimension for the random number u (a 0-d tensor in the input's dtype)."""
    if out == 1:
        return torch.tensor([size - k])
    alpha = torch.tensor(size - k, dtype=u.dtype) / (out - 1)  # the average step
    i = torch.arange(out - 1, dtype=u.dtype)
    # .long() truncates: consecutive starts differ by floor(alpha) or ceil(alpha); the last window ends at the edge
    return torch.cat([((i + u) * alpha).long() - (u * alpha).long(), torch.tensor([size - k])])


def _cut(plane, starts, k):
    """The windows of a plane: window j along dimension i covers starts[i][j] ... starts[i][j] + k[i] - 1."""
    for i, (s, ki) in enumerate(zip(starts, k)):
        pos = s.to(plane.device)[:, None] + torch.arange(ki, device=plane.device)
        plane = plane.index_select(i, pos.flatten()).unflatten(i, pos.shape).movedim(i + 1, -1)
    return plane.flatten(-len(k))  # (*out, K), each window's elements in row-major order


def _fractional_max_pool(input, n, kernel_size, output_size, samples, return_indices):
    name = "fractional_max_pool2d()" if n == 2 else "fractional_max_pool3d_out()"
    if input.dim() not in (n + 1, n + 2):
        raise RuntimeError(f"{name}: Expected {n + 1}D or {n + 2}D tensor, but got: {list(input.shape)}")
    k, out = _ntuple(kernel_size, n), _ntuple(output_size, n)
    x = input if input.dim() == n + 2 else input.unsqueeze(0)
    for dim, size, ki, oi in zip(["time", "height", "width"][-n:], x.shape[-n:], k, out):
        # every window must fit; the 3-D version even wants one position to spare
        if oi + ki - 1 > size or (n == 3 and oi + ki - 1 == size):
            raise RuntimeError(f"{name}: pool {dim} {ki} too large relative to input {dim} {size}")
    if samples.dtype != input.dtype:
        raise RuntimeError("Expect _random_samples to have the same dtype as input")
    if samples.dim() != 3:
        raise RuntimeError(f"Expect _random_samples to have 3 dimensions, got {samples.dim()}")
    if samples.shape[0] < x.shape[0]:
        raise RuntimeError("Expect _random_samples.size(0) no less then input batch size.")
    if samples.shape[1] != x.shape[1]:
        raise RuntimeError("Expect _random_samples.size(1) equals to input channel size.")
    if samples.shape[2] != n:
        raise RuntimeError(f"Expect _random_samples.size(2) equals to {n}; got {samples.shape[2]}.")

    index = torch.arange(math.prod(x.shape[-n:]), device=input.device).reshape(x.shape[-n:])
    values, indices = [], []
    for b in range(x.shape[0]):
        for c in range(x.shape[1]):  # every plane draws its own windows
            u = samples[b, c].cpu()
            u = u.flip(0) if n == 2 else u  # 2-D samples are stored as (W, H), 3-D ones as (T, H, W)
            starts = [_starts(u[i], x.shape[-n + i], out[i], k[i]) for i in range(n)]
            windows, where = _cut(x[b, c], starts, k), _cut(index, starts, k)
            # torch's rule: the first maximum of the window, but a NaN wins (the last one if there are several)
            pos = torch.arange(windows.shape[-1], device=input.device)
            hit = windows == windows.amax(-1, keepdim=True)
            first_max = torch.where(hit, pos, windows.shape[-1]).amin(-1, keepdim=True)
            last_nan = torch.where(windows.isnan(), pos, -1).amax(-1, keepdim=True)
            choice = torch.where(last_nan >= 0, last_nan, first_max)
            values.append(windows.gather(-1, choice).squeeze(-1))  # the gradient flows to the chosen element
            indices.append(where.gather(-1, choice).squeeze(-1))
    shape = x.shape[:2] + tuple(out)
    values = torch.stack(values).reshape(shape) if values else x.new_empty(shape)
    indices = torch.stack(indices).reshape(shape) if indices else x.new_empty(shape, dtype=torch.long)
    if input.dim() == n + 1:
        values, indices = values[0], indices[0]
    return (values, indices) if return_indices else values


def fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool2d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        if len(output_ratio) > 2:  # a plain float fails here already: this function wants a tuple
            raise ValueError("fractional_max_pool2d requires output_ratio to either be a single Int or tuple of Ints.")
        ratio = _ntuple(output_ratio, 2)
        output_size = [int(input.size(-2) * ratio[0]), int(input.size(-1) * ratio[1])]
    if _random_samples is None:  # one uniform number per (sample, channel, dimension)
        n_batch = 1 if input.dim() == 3 else input.size(0)
        _random_samples = torch.rand(n_batch, input.size(-3), 2, dtype=input.dtype, device=input.device)
    return _fractional_max_pool(input, 2, kernel_size, output_size, _random_samples, return_indices)


def fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool3d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        ratio = _ntuple(output_ratio, 3)
        output_size = [int(input.size(-3) * ratio[0]), int(input.size(-2) * ratio[1]), int(input.size(-1) * ratio[2])]
    if _random_samples is None:
        n_batch = 1 if input.dim() == 4 else input.size(0)
        _random_samples = torch.rand(n_batch, input.size(-4), 3, dtype=input.dtype, device=input.device)
    return _fractional_max_pool(input, 3, kernel_size, output_size, _random_samples, return_indices)


# The example of the page: 1..49 in a 7x7 plane, windows of 2, output 3x3. u = 0 for the rows (H) and
# u = 0.3 for the columns (W); the sample tensor stores them as (W, H).
x = torch.arange(1.0, 50.0).reshape(1, 1, 7, 7).requires_grad_()
samples = torch.tensor([[[0.3, 0.0]]])
print(_starts(torch.tensor(0.0), 7, 3, 2), _starts(torch.tensor(0.3), 7, 3, 2))
#> tensor([0, 2, 5]) tensor([0, 3, 5])
mine = fractional_max_pool2d(x, 2, output_size=3, _random_samples=samples)
theirs = F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=samples)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([[[[ 9., 12., 14.],
#>           [23., 26., 28.],
#>           [44., 47., 49.]]]])
#> tensor([[[[ 9., 12., 14.],
#>           [23., 26., 28.],
#>           [44., 47., 49.]]]])
