import torch
import torch.nn.functional as F


def relu(input, inplace=False):
    if input.dtype == torch.bool:
        raise RuntimeError("Boolean inputs not supported for relu")
    # Zero where x <= 0 (not "keep where x > 0"): the kink x = 0 then gets gradient 0,
    # and nan, which is not <= 0, passes through with gradient 1, as in PyTorch.
    result = torch.where(input <= 0, 0, input)
    if inplace:
        return input.copy_(result)  # overwrite the input and return it
    return result


# The page's example: the kink 0 and a nan, values and gradients next to torch's.
x = torch.tensor([-2.0, 0.0, 0.5, float("nan")], requires_grad=True)
ours, theirs = relu(x), F.relu(x)
print(ours.detach(), theirs.detach())
#> tensor([0.0000, 0.0000, 0.5000,    nan]) tensor([0.0000, 0.0000, 0.5000,    nan])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0., 0., 1., 1.]) tensor([0., 0., 1., 1.])
