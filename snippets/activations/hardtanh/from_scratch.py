import math

import torch
import torch.nn.functional as F


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    if inplace:
        # compute on a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardtanh(input.clone(), min_val, max_val))
    if not input.is_floating_point():
        min_val, max_val = int(min_val), int(max_val)  # integer tensors: bounds truncated toward zero
    # <= and >= put both boundaries on the flat pieces, so their gradient is 0 (clamp gives 1).
    # nan fails both tests and passes through: value nan, gradient 1.
    out = torch.where(input <= min_val, min_val, torch.where(input >= max_val, max_val, input))
    if math.isnan(min_val) or math.isnan(max_val):
        out = out + math.nan  # like clamp, a nan bound makes every value nan
    return out


# The page's example: below, on, inside and above [-1, 1], values and gradients next to torch's.
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0], requires_grad=True)
ours, theirs = hardtanh(x), F.hardtanh(x)
print(ours.detach(), theirs.detach())
#> tensor([-1., -1.,  0.,  1.,  1.]) tensor([-1., -1.,  0.,  1.,  1.])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0., 0., 1., 0., 0.]) tensor([0., 0., 1., 0., 0.])
