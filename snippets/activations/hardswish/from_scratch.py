import torch
import torch.nn.functional as F


def hardswish(input, inplace=False):
    if inplace:
        # compute on a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardswish(input.clone()))
    # relu6(x + 3) written with where, so that the gradient at the kinks is PyTorch's:
    # x = -3 takes the flat 0 piece, x = 3 the flat 6 piece. nan fails `input < 3`
    # and lands on the 6 piece: value nan, gradient 1.
    relu6 = torch.where(input <= -3, 0.0, torch.where(input < 3, input + 3, 6.0))
    return input * relu6 / 6  # PyTorch's order: x * 6 overflows first for huge x


# The page's example: both kinks and the minimum at -1.5, values and gradients next to torch's.
x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 3.0], requires_grad=True)
ours, theirs = hardswish(x), F.hardswish(x)
print(ours.detach(), theirs.detach(), sep="\n")
#> tensor([-0.0000, -0.0000, -0.3750,  0.0000,  3.0000])
#> tensor([-0.0000, -0.0000, -0.3750,  0.0000,  3.0000])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x), sep="\n")
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 1.0000])
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 1.0000])
