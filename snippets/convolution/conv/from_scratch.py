import math

import torch
import torch.nn.functional as F


def _tuple(value, d):
    return (value,) * d if isinstance(value, int) else tuple(value)


def _conv(input, weight, bias, stride, padding, dilation, groups, d):
    """Convolution over the last d dimensions: pad, cut out every window, dot it with every filter."""
    if input.dim() not in (d + 1, d + 2):
        raise RuntimeError(f"Expected {d + 1}D (unbatched) or {d + 2}D (batched) input to conv{d}d, "
                           f"but got input of size: {list(input.shape)}")
    batched = input.dim() == d + 2
    x = input if batched else input.unsqueeze(0)  # (N, C_in, *spatial)
    c_out, c_group, *k = weight.shape  # each filter sees C_in / groups channels
    if x.shape[1] != c_group * groups:
        raise RuntimeError(f"Given groups={groups}, weight of size {list(weight.shape)}, expected input"
                           f"{list(x.shape)} to have {c_group * groups} channels, but got {x.shape[1]} channels instead")
    stride, dilation = _tuple(stride, d), _tuple(dilation, d)
    span = [dil * (size - 1) + 1 for dil, size in zip(dilation, k)]  # extent of one dilated window

    # padding as (before, after) per spatial dimension
    if padding == "valid":
        pads = [(0, 0)] * d
    elif padding == "same":  # span - 1 zeros per dimension; an odd one goes after
        if any(s != 1 for s in stride):
            raise RuntimeError("padding='same' is not supported for strided convolutions")
        pads = [((sp - 1) // 2, sp - 1 - (sp - 1) // 2) for sp in span]
    else:
        pads = [(p, p) for p in _tuple(padding, d)]
    x = F.pad(x, [p for pair in reversed(pads) for p in pair])  # F.pad starts with the last dimension
    if any(size < sp for size, sp in zip(x.shape[2:], span)):
        raise RuntimeError(f"Calculated padded input size per channel: ({' x '.join(map(str, x.shape[2:]))}). "
                           f"Kernel size: ({' x '.join(map(str, span))}). "
                           "Kernel size can't be greater than actual input size")

    # cut out the windows: dimension 2+i becomes (output position), its window is appended last
    for i in range(d):
        x = x.unfold(2 + i, span[i], stride[i])[..., ::dilation[i]]  # keep every dilation-th tap
    n, out = x.shape[0], x.shape[2:2 + d]  # x is now (N, C_in, *out, *k)
    # one row per output position and group: the C_in/groups * prod(k) values the window sees
    rows = x.movedim(1, 1 + d).reshape(n, math.prod(out), groups, c_group * math.prod(k))
    filters = weight.reshape(groups, c_out // groups, c_group * math.prod(k))
    y = torch.einsum("npgj,gfj->ngfp", rows, filters).reshape(n, c_out, *out)
    if bias is not None:
        y = y + bias.reshape(c_out, *[1] * d)  # one bias per output channel
    return y if batched else y.squeeze(0)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups, d=1)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups, d=2)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups, d=3)


# The example of the page: a 1x1x4x5 image of integers, two 3x3 filters, stride 2, padding 1.
x = torch.arange(20.0).reshape(1, 1, 4, 5).requires_grad_()
w = torch.tensor([[[[0.0, 0, 0], [0, 1, 0], [0, 0, 0]]],    # picks the center
                  [[[-1.0, 0, 1], [-2, 0, 2], [-1, 0, 1]]]])  # Sobel: left-to-right change
b = torch.tensor([0.0, 10.0])
mine = conv2d(x, w, b, stride=2, padding=1)
theirs = F.conv2d(x, w, b, stride=2, padding=1)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([[[[  0.,   2.,   4.],
#>           [ 10.,  12.,  14.]],
#>
#>          [[ 18.,  16.,  -4.],
#>           [ 54.,  18., -42.]]]])
#> tensor([[[[  0.,   2.,   4.],
#>           [ 10.,  12.,  14.]],
#>
#>          [[ 18.,  16.,  -4.],
#>           [ 54.,  18., -42.]]]])

# The gradient w.r.t. the input of a 3x3 box filter: how many windows read each pixel.
box = torch.ones(1, 1, 3, 3)
g_mine, = torch.autograd.grad(conv2d(x, box, stride=2, padding=1).sum(), x)
g_theirs, = torch.autograd.grad(F.conv2d(x, box, stride=2, padding=1).sum(), x)
print(g_mine[0, 0], g_theirs[0, 0], sep="\n")
#> tensor([[1., 2., 1., 2., 1.],
#>         [2., 4., 2., 4., 2.],
#>         [1., 2., 1., 2., 1.],
#>         [1., 2., 1., 2., 1.]])
#> tensor([[1., 2., 1., 2., 1.],
#>         [2., 4., 2., 4., 2.],
#>         [1., 2., 1., 2., 1.],
#>         [1., 2., 1., 2., 1.]])
