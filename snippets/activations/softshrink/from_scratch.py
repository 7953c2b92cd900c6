import torch
import torch.nn.functional as F


def softshrink(input, lambd=0.5):
    limit = torch.finfo(input.dtype).max
    if not 0 <= lambd <= limit:  # also rejects nan
        raise RuntimeError(f"lambda must be in range [0, {limit:g}] for input dtype {input.dtype}, but found {lambd}")
    # The dead zone is closed, [-lambd, lambd]: value 0 and gradient 0 there, both ends included.
    # nan fails both tests, so it is outside: it passes through with gradient 1.
    dead = (input >= -lambd) & (input <= lambd)
    shifted = torch.where(input > lambd, input - lambd, input + lambd)  # move lambd toward 0
    return torch.where(dead, 0.0, shifted)


# The page's example: 0, the end 0.5 of the dead zone and points outside it, next to torch.
x = torch.tensor([-1.0, 0.0, 0.5, 0.75, 2.0], requires_grad=True)
ours, theirs = softshrink(x), F.softshrink(x)
print(ours.detach(), theirs.detach())
#> tensor([-0.5000,  0.0000,  0.0000,  0.2500,  1.5000]) tensor([-0.5000,  0.0000,  0.0000,  0.2500,  1.5000])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([1., 0., 0., 1., 1.]) tensor([1., 0., 0., 1., 1.])
