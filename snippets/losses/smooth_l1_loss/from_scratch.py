import warnings

import torch
import torch.nn.functional as F


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    if target.shape != input.shape:  # torch only warns, then broadcasts
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    error = (input - target).abs()
    if beta == 0:  # plain L1, as in torch: the quadratic branch would divide by 0
        loss = error
    else:
        small = error < beta  # the branch is chosen per element
        e = torch.where(small, error, 0.0)  # keep large errors out of the unused branch's gradient
        loss = torch.where(small, 0.5 * e * e / beta, error - 0.5 * beta)
    if reduction == "mean":  # divide by the number of elements
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: errors 0.5, 1, -2 and 3 with beta = 1.
prediction = torch.tensor([0.5, 1.0, -2.0, 3.0])
target = torch.zeros(4)
print(smooth_l1_loss(prediction, target, reduction="none"),
      F.smooth_l1_loss(prediction, target, reduction="none"), sep="\n")
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])

# The gradient is clamp((x - y) / beta, -1, 1) / N: never larger than 1 / N.
prediction.requires_grad_()
mine, = torch.autograd.grad(smooth_l1_loss(prediction, target), prediction)
theirs, = torch.autograd.grad(F.smooth_l1_loss(prediction, target), prediction)
print(mine, theirs, sep="\n")
#> tensor([ 0.1250,  0.2500, -0.2500,  0.2500])
#> tensor([ 0.1250,  0.2500, -0.2500,  0.2500])
