import torch
import torch.nn.functional as F


def hardsigmoid(input, inplace=False):
    if inplace:
        # compute on a copy, then overwrite the input: autograd sees one in-place op on it
        return input.copy_(hardsigmoid(input.clone()))
    ramp = (input + 3) / 6
    # Every comparison with nan is False, so nan would take the ramp (gradient 1/6);
    # PyTorch gives nan with gradient 0 there, hence the detached copy.
    ramp = torch.where(input.isnan(), input.detach(), ramp)
    # <= and >= put the kinks x = -3 and x = 3 on the flat pieces: gradient 0 there.
    return torch.where(input <= -3, 0.0, torch.where(input >= 3, 1.0, ramp))


# The page's example: both kinks, the middle and a nan, values and gradients next to torch's.
x = torch.tensor([-4.0, -3.0, 0.0, 3.0, float("nan")], requires_grad=True)
ours, theirs = hardsigmoid(x), F.hardsigmoid(x)
print(ours.detach(), theirs.detach())
#> tensor([0.0000, 0.0000, 0.5000, 1.0000,    nan]) tensor([0.0000, 0.0000, 0.5000, 1.0000,    nan])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0.0000, 0.0000, 0.1667, 0.0000, 0.0000]) tensor([0.0000, 0.0000, 0.1667, 0.0000, 0.0000])
