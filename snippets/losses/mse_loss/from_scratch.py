import warnings

import torch
import torch.nn.functional as F


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    if target.shape != input.shape:  # torch only warns, then broadcasts
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    diff = input - target
    loss = diff * diff  # element-wise squared error
    if weight is not None:
        if weight.shape != input.shape:
            raise ValueError("Weights and input must have the same size.")
        loss = loss * weight
        if reduction == "mean":  # weighted mean: divide by the total weight, not the element count
            return loss.sum() / weight.sum()
    if reduction == "mean":  # divide by the number of elements, not the batch size
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: errors 0, 2, 0, -1, 0.
output = torch.tensor([1.0, 2.0, 0.0, 0.0, 0.0])
target = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.0])
print(mse_loss(output, target), F.mse_loss(output, target))
#> tensor(1.) tensor(1.)

# The gradient is 2 * (x - y) / N: proportional to the error.
output.requires_grad_()
mine, = torch.autograd.grad(mse_loss(output, target), output)
theirs, = torch.autograd.grad(F.mse_loss(output, target), output)
print(mine, theirs, sep="\n")
#> tensor([ 0.0000,  0.8000,  0.0000, -0.4000,  0.0000])
#> tensor([ 0.0000,  0.8000,  0.0000, -0.4000,  0.0000])
