import math

import torch
import torch.nn as nn


def wrap(dim, rank):
    """A dimension index in [-rank, rank) -> [0, rank)."""
    if not -rank <= dim < rank:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-rank}, {rank - 1}], but got {dim})")
    return dim % rank


def flatten(input, start_dim=0, end_dim=-1):
    start, end = wrap(start_dim, max(input.dim(), 1)), wrap(end_dim, max(input.dim(), 1))  # 0-d counts as 1-d
    if start > end:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if input.dim() == 0:
        return input.reshape(1)  # a scalar becomes a vector of one element
    if start == end:
        return input  # nothing to merge: the very same tensor
    shape = list(input.shape)
    # dimensions start..end become one, of their product; a view whenever the memory layout allows it
    return input.reshape(shape[:start] + [math.prod(shape[start:end + 1])] + shape[end + 1:])


def unflatten(input, dim, sizes):
    d = wrap(dim, max(input.dim(), 1))
    if len(sizes) == 0:
        raise RuntimeError("unflatten: sizes must be non-empty")
    if input.dim() == 0:
        raise RuntimeError(f"unflatten got an unexpected error:\nDimension specified as {dim} but tensor has no dimensions")
    n, given, sizes = input.shape[d], list(sizes), list(sizes)
    if -1 in sizes:  # one size may be -1: it takes what the others leave
        known = math.prod(s for s in sizes if s != -1)
        sizes[sizes.index(-1)] = n // known if known > 0 else -1  # with known == 0, view() refuses the -1
    if math.prod(sizes) != n:
        raise RuntimeError(f"unflatten: Provided sizes {given} don't multiply up to the size "
                           f"of dim {d} ({n}) in the input tensor")
    # dimension d becomes the dimensions `sizes`: always a view, no copy
    return input.view(list(input.shape[:d]) + sizes + list(input.shape[d + 1:]))


# The example of the page: a batch of 2 images (3, 4, 5), flattened and brought back.
x = torch.arange(120.0).reshape(2, 3, 4, 5)
print(flatten(x).shape, torch.flatten(x).shape)
#> torch.Size([120]) torch.Size([120])
print(flatten(x, 1).shape, nn.Flatten()(x).shape)
#> torch.Size([2, 60]) torch.Size([2, 60])
print(torch.equal(unflatten(flatten(x, 1), 1, (3, -1, 5)), x))
#> True
