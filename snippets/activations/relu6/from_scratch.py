import torch
import torch.nn.functional as F


def relu6(input, inplace=False):
    if input.dtype == torch.bool:
        raise RuntimeError("Bool inputs not supported for hardtanh")
    # 0 where x <= 0, 6 where x >= 6, x in between: both kinks land on a flat piece,
    # so their gradient is 0. nan fails both tests: value nan, gradient 1.
    result = torch.where(input <= 0, 0, torch.where(input >= 6, 6, input))
    if inplace:
        return input.copy_(result)  # overwrite the input and return it
    return result


# The page's example: both kinks, 0 and 6, values and gradients next to torch's.
x = torch.tensor([-1.0, 0.0, 3.0, 6.0, 7.0], requires_grad=True)
ours, theirs = relu6(x), F.relu6(x)
print(ours.detach(), theirs.detach())
#> tensor([0., 0., 3., 6., 6.]) tensor([0., 0., 3., 6., 6.])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0., 0., 1., 0., 0.]) tensor([0., 0., 1., 0., 0.])
