import torch
import torch.nn.functional as F


def tanhshrink(input):
    # PyTorch's own definition is this very expression; autograd then gives
    # d/dx = 1 - (1 - tanh(x)**2) = tanh(x)**2.
    return input - torch.tanh(input)


# The page's example, values and gradients next to torch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
ours, theirs = tanhshrink(x), F.tanhshrink(x)
print(ours.detach(), theirs.detach(), sep="\n")
#> tensor([-2.0049, -0.2384,  0.0000,  0.2384,  2.0049])
#> tensor([-2.0049, -0.2384,  0.0000,  0.2384,  2.0049])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x), sep="\n")
#> tensor([0.9901, 0.5800, 0.0000, 0.5800, 0.9901])
#> tensor([0.9901, 0.5800, 0.0000, 0.5800, 0.9901])

# Why torch.tanh and not (e**x - e**-x) / (e**x + e**-x): e**100 overflows float32, inf / inf is nan.
big = torch.tensor([100.0])
print(big - (big.exp() - (-big).exp()) / (big.exp() + (-big).exp()), tanhshrink(big))
#> tensor([nan]) tensor([99.])
