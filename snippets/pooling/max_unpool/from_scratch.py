import math

import torch
import torch.nn.functional as F


def _ntuple(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _unpool_size(input, n, kernel_size, stride, padding, output_size):
    """The output's spatial size: the inverse of max pooling's size formula, or a checked output_size."""
    k, p = _ntuple(kernel_size, n), _ntuple(padding, n)
    s = k if stride is None else _ntuple(stride, n)
    default = [(input.shape[-n + i] - 1) * s[i] + k[i] - 2 * p[i] for i in range(n)]
    if output_size is None:
        size = default
    else:
        if len(output_size) == n + 2:  # a full input.shape is accepted: keep its spatial part
            output_size = output_size[2:]
        if len(output_size) != n:
            raise ValueError(f"output_size should be a sequence containing {n} or {n + 2} elements, "
                             f"but it has a length of '{len(output_size)}'")
        for i in range(n):  # any size that max pooling could have come from: within one stride of the default
            low, high = default[i] - s[i], default[i] + s[i]
            if not low < output_size[i] < high:
                raise ValueError(f'invalid output_size "{output_size}" (dim {i} must be between {low} and {high})')
        size = list(output_size)
    for i in range(n):
        if size[i] < 0:
            raise ValueError("max_unpooling: output_size must contain non-negative spatial "
                             f"dimensions, but got output_size[{i}]={size[i]}")
    return size


def _scatter(input, indices, n, size):
    """Zeros of the output size; each input value is written at its flat index in its plane."""
    if input.dim() not in (n + 1, n + 2):
        raise RuntimeError(f"Input to max_unpooling{n}d should be a {n + 1}d or {n + 2}d Tensor, "
                           f"but got a tensor with {input.dim()} dimensions.")
    flat_index = indices.flatten(-n)
    bad = flat_index[(flat_index < 0) | (flat_index >= math.prod(size))]
    if bad.numel() > 0:  # torch names the last one it meets
        raise RuntimeError(f"Found an invalid max index: {bad[-1].item()} "
                           f"(output volumes are of size {'x'.join(map(str, size))})")
    values = input.flatten(-n)
    output = values.new_zeros(values.shape[:-1] + (math.prod(size),))
    # scatter's gradient is a gather: each input element receives the gradient at its index
    return output.scatter(-1, flat_index, values).unflatten(-1, size)


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    size = _unpool_size(input, 1, kernel_size, stride, padding, output_size)
    # torch runs the 2-D version on a (L, 1) plane
    return _scatter(input.unsqueeze(-1), indices.unsqueeze(-1), 2, size + [1]).squeeze(-1)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    return _scatter(input, indices, 2, _unpool_size(input, 2, kernel_size, stride, padding, output_size))


def max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    return _scatter(input, indices, 3, _unpool_size(input, 3, kernel_size, stride, padding, output_size))


# The example of the page: a 5-wide signal pooled with kernel 2; output_size brings back the 5th position.
x = torch.tensor([[[1.0, 6.0, 2.0, 0.0, 3.0]]])
pooled, indices = F.max_pool1d(x, 2, return_indices=True)
print(max_unpool1d(pooled, indices, 2), F.max_unpool1d(pooled, indices, 2))
#> tensor([[[0., 6., 2., 0.]]]) tensor([[[0., 6., 2., 0.]]])
print(max_unpool1d(pooled, indices, 2, output_size=x.shape), F.max_unpool1d(pooled, indices, 2, output_size=x.shape))
#> tensor([[[0., 6., 2., 0., 0.]]]) tensor([[[0., 6., 2., 0., 0.]]])
