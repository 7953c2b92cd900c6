import itertools

import torch
import torch.nn.functional as F


def _tuple(value, d):
    return (value,) * d if isinstance(value, int) else tuple(value)


def _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, d):
    """Transposed convolution: every input value adds value * kernel onto the output; overlaps add up."""
    if input.dim() not in (d + 1, d + 2):
        raise RuntimeError(f"Expected {d + 1}D (unbatched) or {d + 2}D (batched) input to conv_transpose{d}d, "
                           f"but got input of size: {list(input.shape)}")
    batched = input.dim() == d + 2
    x = input if batched else input.unsqueeze(0)  # (N, C_in, *spatial)
    c_in, c_group, *k = weight.shape  # note the order: (C_in, C_out / groups, *kernel)
    if x.shape[1] != c_in:
        raise RuntimeError(f"Given transposed=1, weight of size {list(weight.shape)}, expected input"
                           f"{list(x.shape)} to have {c_in} channels, but got {x.shape[1]} channels instead")
    stride, padding, dilation = _tuple(stride, d), _tuple(padding, d), _tuple(dilation, d)
    output_padding = _tuple(output_padding, d)
    names = ("depth", "height", "width")[-d:]
    if any(op >= max(s, dil) for op, s, dil in zip(output_padding, stride, dilation)):
        raise RuntimeError("output padding must be smaller than either stride or dilation, but got " + " ".join(
            f"{what}_{name}: {v}" for what, values in
            (("output_padding", output_padding), ("stride", stride), ("dilation", dilation))
            for name, v in zip(names, values)))
    n, size = x.shape[0], x.shape[2:]
    out = [(i - 1) * s - 2 * p + dil * (kk - 1) + op + 1
           for i, s, p, dil, kk, op in zip(size, stride, padding, dilation, k, output_padding)]
    if any(o < 1 for o in out):
        raise RuntimeError(f"Given input size per channel: ({' x '.join(map(str, size))}). Calculated output "
                           f"size per channel: ({' x '.join(map(str, out))}). Output size is too small")

    # the full result before `padding` is cut off at both ends (output_padding: extra room at the end)
    full = x.new_zeros(n, c_group * groups, *[o + 2 * p for o, p in zip(out, padding)])
    x_groups = x.reshape(n, groups, c_in // groups, *size)
    w_groups = weight.reshape(groups, c_in // groups, c_group, *k)
    for tap in itertools.product(*map(range, k)):  # each kernel position in turn
        # input position i lands on output position i * stride + tap * dilation
        spread = torch.einsum("ngc...,gco->ngo...", x_groups, w_groups[(slice(None),) * 3 + tap])
        where = tuple(slice(t * dil, t * dil + (i - 1) * s + 1, s) for t, dil, i, s in zip(tap, dilation, size, stride))
        full[(slice(None), slice(None)) + where] += spread.reshape(n, c_group * groups, *size)
    y = full[(slice(None), slice(None)) + tuple(slice(p, p + o) for p, o in zip(padding, out))]
    if bias is not None:
        y = y + bias.reshape(-1, *[1] * d)  # one bias per output channel
    return y if batched else y.squeeze(0)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, d=1)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, d=2)


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, d=3)


# The example of the page: three values, a kernel of three ones, stride 2: the copies overlap.
x = torch.tensor([[[1.0, 2.0, 3.0]]], requires_grad=True)
w = torch.ones(1, 1, 3)
print(conv_transpose1d(x, w, stride=2).detach(), F.conv_transpose1d(x, w, stride=2).detach())
#> tensor([[[1., 1., 3., 2., 5., 3., 3.]]]) tensor([[[1., 1., 3., 2., 5., 3., 3.]]])

# A 2x2 image doubled by a 4x4 kernel, stride 2, padding 1 (the usual decoder layer), with its gradient.
z = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]], requires_grad=True)
k = torch.arange(16.0).reshape(1, 1, 4, 4)
mine = conv_transpose2d(z, k, stride=2, padding=1)
theirs = F.conv_transpose2d(z, k, stride=2, padding=1)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([[[[ 5., 14., 17., 12.],
#>           [12., 32., 42., 28.],
#>           [28., 72., 82., 52.],
#>           [27., 62., 69., 40.]]]])
#> tensor([[[[ 5., 14., 17., 12.],
#>           [12., 32., 42., 28.],
#>           [28., 72., 82., 52.],
#>           [27., 62., 69., 40.]]]])
print(torch.autograd.grad(mine.sum(), z)[0], torch.autograd.grad(theirs.sum(), z)[0], sep="\n")
#> tensor([[[[90., 81.],
#>           [54., 45.]]]])
#> tensor([[[[90., 81.],
#>           [54., 45.]]]])
