import torch
import torch.nn.functional as F

SUPPORTED = ("\nSupported combinations for non-constant padding:\n"
             "  - 2D or 3D input: padding size = 2 (pads last dimension)\n"
             "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n"
             "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)")


def _source(mode, size, before, after):
    """For each output position along one dimension: which input position it copies."""
    if mode == "circular":  # crop first, then wrap around what is left
        start = max(-before, 0)
        kept = size - start - max(-after, 0)
        return start + (torch.arange(kept + max(before, 0) + max(after, 0)) - max(before, 0)) % kept
    q = torch.arange(size + before + after) - before  # the position in the input's frame
    if mode == "reflect":  # mirror at the first and the last element, which are not repeated
        q = q.abs()
        return torch.where(q > size - 1, 2 * (size - 1) - q, q)
    return q.clamp(0, size - 1)  # replicate: repeat the edge element


def pad(input, pad, mode="constant", value=None):
    if mode not in ("constant", "reflect", "replicate", "circular"):
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if len(pad) % 2 != 0:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) > 2 * input.dim():
        raise RuntimeError("Padding length should be less than or equal to two times the input dimension "
                           f"but got padding length {len(pad)} and input of dimension {input.dim()}")
    n = len(pad) // 2
    # pad[0], pad[1] are for the LAST dimension, pad[2], pad[3] for the one before it, and so on
    sides = [(input.dim() - 1 - i, pad[2 * i], pad[2 * i + 1]) for i in range(n)]

    if mode == "constant":
        output = input
        for dim, before, after in sides:
            # negative amounts crop; positive ones add blocks of `value` (0 by default)
            if before < 0:
                output = output.narrow(dim, -before, output.shape[dim] + before)
            if after < 0:
                output = output.narrow(dim, 0, output.shape[dim] + after)
            blocks = []
            for amount in (max(before, 0), max(after, 0)):
                shape = list(output.shape)
                shape[dim] = amount
                blocks.append(torch.full(shape, 0 if value is None else value, dtype=input.dtype, device=input.device))
            output = torch.cat([blocks[0], output, blocks[1]], dim)
        return output if output is not input else input.clone()

    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    if input.dim() not in (n + 1, n + 2) or n > 3:  # the last 1, 2 or 3 dims of an input with (N,) C in front
        raise NotImplementedError(f"Padding size {len(pad)} is not supported for {input.dim()}D input tensor." + SUPPORTED)
    sizes = input.shape[-n:]
    if mode in ("reflect", "replicate") and 0 in input.shape[-(n + 1) if input.dim() == n + 2 else 0:]:
        raise RuntimeError(f"Expected {n + 1}D or {n + 2}D (batch mode) tensor with possibly 0 batch size and other "
                           f"non-zero dimensions for input, but got: {list(input.shape)}")
    for i, (dim, before, after) in enumerate(sides):
        size = input.shape[dim]
        if mode == "reflect" and (before >= size or after >= size):  # a mirror needs size - 1 elements
            raise RuntimeError(f"Argument #{4 + 2 * i}: Padding size should be less than the corresponding input "
                               f"dimension, but got: padding ({before}, {after}) at dimension {dim % input.dim()} "
                               f"of input {list(input.shape)}")
        if mode == "circular" and (before > size or after > size):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if mode == "circular" and size + before + after < 0:
            raise RuntimeError("Negative padding value is resulting in an empty dimension")
    if n == 1 and mode != "circular" and sizes[0] + pad[0] + pad[1] < 1:
        raise RuntimeError(f"input (W: {sizes[0]}) is too small. Calculated output W: {sizes[0] + pad[0] + pad[1]}")
    output = input
    for dim, before, after in sides:  # gather along each padded dimension
        output = output.index_select(dim, _source(mode, input.shape[dim], before, after).to(input.device))
    return output  # index_select's gradient adds up every copy of an element


# The example of the page: (left, right, top, bottom) = (2, 1, 1, 0) pads W by 2 + 1 and H by 1 + 0.
x = torch.tensor([[[1.0, 2.0, 3.0],
                   [4.0, 5.0, 6.0]]], requires_grad=True)
for mode in ["constant", "reflect", "replicate", "circular"]:
    same = torch.equal(pad(x, (2, 1, 1, 0), mode), F.pad(x, (2, 1, 1, 0), mode))
    print(mode, same)
    #> constant True
    #> reflect True
    #> replicate True
    #> circular True
print(pad(x, (2, 1, 1, 0), "reflect").detach())
#> tensor([[[6., 5., 4., 5., 6., 5.],
#>          [3., 2., 1., 2., 3., 2.],
#>          [6., 5., 4., 5., 6., 5.]]])
# reflect copies the inner elements twice or three times: the gradient counts every copy
print(torch.autograd.grad(pad(x, (2, 1, 1, 0), "reflect").sum(), x)[0])
#> tensor([[[1., 3., 2.],
#>          [2., 6., 4.]]])
print(torch.autograd.grad(F.pad(x, (2, 1, 1, 0), "reflect").sum(), x)[0])
#> tensor([[[1., 3., 2.],
#>          [2., 6., 4.]]])
