import itertools

import torch
import torch.nn.functional as F


def _pair(value):
    return (value, value) if isinstance(value, int) else tuple(value)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    """im2col: every k_h x k_w window of an (N, C, H, W) image becomes one column of (N, C*k_h*k_w, L)."""
    if input.dim() not in (3, 4):
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other "
                           f"non-zero dimensions for input, but got: {list(input.shape)}")
    batched = input.dim() == 4
    x = input if batched else input.unsqueeze(0)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(_pair, (kernel_size, dilation, padding, stride))
    n, c, h, w = x.shape
    blocks = [(size + 2 * p - d * (k - 1) - 1) // s + 1 for size, p, d, k, s in
              ((h, ph, dh, kh, sh), (w, pw, dw, kw, sw))]
    if min(blocks) < 1:
        raise RuntimeError(f"Given input with spatial size ({h}, {w}), kernel_size=({kh}, {kw}), dilation=({dh}, {dw}), "
                           f"padding=({ph}, {pw}), calculated shape of the array of sliding blocks as "
                           f"({blocks[0]}, {blocks[1]}), but its components must be at least one.")
    x = F.pad(x, (pw, pw, ph, ph))  # zeros around the image
    x = x.unfold(2, dh * (kh - 1) + 1, sh)[..., ::dh]  # (N, C, blocks_h, W + 2p, k_h)
    x = x.unfold(3, dw * (kw - 1) + 1, sw)[..., ::dw]  # (N, C, blocks_h, blocks_w, k_h, k_w)
    # rows ordered (channel, kernel row, kernel column); columns ordered by block, row-major
    cols = x.permute(0, 1, 4, 5, 2, 3).reshape(n, c * kh * kw, blocks[0] * blocks[1])
    return cols if batched else cols.squeeze(0)


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """col2im: put every column back at its window of an (N, C, H, W) image, adding where windows overlap."""
    if input.dim() not in (2, 3):
        raise RuntimeError("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and "
                           f"non-zero dimensions for input, but got: {list(input.shape)}")
    batched = input.dim() == 3
    cols = input if batched else input.unsqueeze(0)
    (h, w), (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(_pair, (output_size, kernel_size, dilation, padding, stride))
    n, rows, length = cols.shape
    if rows % (kh * kw) != 0:
        raise RuntimeError("Expected size of input's dimension 1 to be divisible by the product of kernel_size, "
                           f"but got input.size(1)={rows} and kernel_size=({kh}, {kw}).")
    bh, bw = [(size + 2 * p - d * (k - 1) - 1) // s + 1 for size, p, d, k, s in
              ((h, ph, dh, kh, sh), (w, pw, dw, kw, sw))]
    if length != bh * bw:
        raise RuntimeError(f"Given output_size=({h}, {w}), kernel_size=({kh}, {kw}), dilation=({dh}, {dw}), "
                           f"padding=({ph}, {pw}), stride=({sh}, {sw}), expected size of input's dimension 2 to "
                           f"match the calculated number of sliding blocks {bh} * {bw} = {bh * bw}, "
                           f"but got input.size(2)={length}.")
    c = rows // (kh * kw)
    cols = cols.reshape(n, c, kh, kw, bh, bw)
    image = cols.new_zeros(n, c, h + 2 * ph, w + 2 * pw)  # padded canvas
    for i, j in itertools.product(range(kh), range(kw)):  # each kernel position in turn
        # the value at kernel position (i, j) of block (a, b) goes to (a*s_h + i*d_h, b*s_w + j*d_w)
        image[:, :, i * dh: i * dh + (bh - 1) * sh + 1: sh, j * dw: j * dw + (bw - 1) * sw + 1: sw] += cols[:, :, i, j]
    image = image[:, :, ph: ph + h, pw: pw + w]  # drop the padding
    return image if batched else image.squeeze(0)


# The example of the page: a 1x1x3x4 image, 2x2 windows with stride 1.
x = torch.arange(12.0).reshape(1, 1, 3, 4).requires_grad_()
cols = unfold(x, kernel_size=2)
print(cols.detach(), torch.equal(cols, F.unfold(x, kernel_size=2)), sep="\n")
#> tensor([[[ 0.,  1.,  2.,  4.,  5.,  6.],
#>          [ 1.,  2.,  3.,  5.,  6.,  7.],
#>          [ 4.,  5.,  6.,  8.,  9., 10.],
#>          [ 5.,  6.,  7.,  9., 10., 11.]]])
#> True

# fold puts the columns back and adds the overlaps: inner pixels appear in up to 4 windows.
print(fold(cols, (3, 4), kernel_size=2).detach(), F.fold(cols, (3, 4), kernel_size=2).detach(), sep="\n")
#> tensor([[[[ 0.,  2.,  4.,  3.],
#>           [ 8., 20., 24., 14.],
#>           [ 8., 18., 20., 11.]]]])
#> tensor([[[[ 0.,  2.,  4.,  3.],
#>           [ 8., 20., 24., 14.],
#>           [ 8., 18., 20., 11.]]]])
