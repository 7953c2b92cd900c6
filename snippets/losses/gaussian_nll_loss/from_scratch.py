import math

import torch
import torch.nn.functional as F


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    if isinstance(var, float):  # one variance for every element
        if var < 0:
            raise ValueError("var has negative entry/entries")
        var = var * torch.ones_like(input)
    elif torch.any(var < 0):
        raise ValueError("var has negative entry/entries")
    if var.shape != input.shape:  # stricter than broadcasting: two shapes are allowed
        mismatched = [v for i, v in zip(input.shape, var.shape) if i != v]
        if var.shape == input.shape[:-1]:  # one dimension fewer: one variance per row
            var = var.unsqueeze(-1)
        elif not (var.dim() == input.dim() and sum(mismatched) == 1):  # else: one dimension of size 1
            raise ValueError("var is of incorrect size")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not valid")
    # the forward uses max(var, eps); the gradient reaches var as if there were no clamp
    var = torch.where(var < eps, var + (eps - var).detach(), var)
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:  # the constant of the normal density
        loss = loss + 0.5 * math.log(2 * math.pi)
    if reduction == "mean":  # divide by the number of elements
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: a mean and a variance for each of 6 targets.
mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])
var = torch.tensor([[1.0, 2.0, 4.0],
                    [0.5, 1.0, 0.25]])
print(gaussian_nll_loss(mean, target, var), F.gaussian_nll_loss(mean, target, var))
#> tensor(0.2917) tensor(0.2917)

# The gradient for var is (1 / var - (mean - target)**2 / var**2) / 2 / 6:
# positive where the variance is larger than the squared error, negative where it is smaller.
var.requires_grad_()
mine, = torch.autograd.grad(gaussian_nll_loss(mean, target, var), var)
theirs, = torch.autograd.grad(F.gaussian_nll_loss(mean, target, var), var)
print(mine, theirs, sep="\n")
#> tensor([[ 0.0625,  0.0417,  0.0156],
#>         [-0.1667,  0.0000,  0.3333]])
#> tensor([[ 0.0625,  0.0417,  0.0156],
#>         [-0.1667,  0.0000,  0.3333]])
