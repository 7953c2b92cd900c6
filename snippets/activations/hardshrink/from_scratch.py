import torch
import torch.nn.functional as F


def hardshrink(input, lambd=0.5):
    # The dead zone is closed, [-lambd, lambd]: value 0 and gradient 0 there, both ends included.
    # nan fails both tests, so it is outside: it passes through with gradient 1.
    dead = (input >= -lambd) & (input <= lambd)
    return torch.where(dead, 0.0, input)


# The page's example: both ends of the dead zone, values and gradients next to torch's.
x = torch.tensor([-1.0, -0.5, 0.25, 0.5, 1.0], requires_grad=True)
ours, theirs = hardshrink(x), F.hardshrink(x)
print(ours.detach(), theirs.detach())
#> tensor([-1.,  0.,  0.,  0.,  1.]) tensor([-1.,  0.,  0.,  0.,  1.])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([1., 0., 0., 0., 1.]) tensor([1., 0., 0., 0., 1.])
