import warnings

import torch
import torch.nn.functional as F


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    if target.shape != input.shape:  # torch only warns, then broadcasts
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    error = (input - target).abs()
    small = error < delta  # the branch is chosen per element
    e = torch.where(small, error, 0.0)  # keep large errors out of the unused branch's gradient
    loss = torch.where(small, 0.5 * e * e, delta * (error - 0.5 * delta))
    if weight is not None:
        if weight.shape != input.shape:
            raise ValueError("Weights and input must have the same size.")
        loss = loss * weight  # 'mean' below still divides by the element count, not the weight sum
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: errors 0.5, 1, -2 and 3 with delta = 1.
prediction = torch.tensor([0.5, 1.0, -2.0, 3.0])
target = torch.zeros(4)
print(huber_loss(prediction, target, reduction="none"),
      F.huber_loss(prediction, target, reduction="none"), sep="\n")
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])

# The gradient is clamp(x - y, -delta, delta) / N: large errors pull with delta / N at most.
prediction.requires_grad_()
mine, = torch.autograd.grad(huber_loss(prediction, target), prediction)
theirs, = torch.autograd.grad(F.huber_loss(prediction, target), prediction)
print(mine, theirs, sep="\n")
#> tensor([ 0.1250,  0.2500, -0.2500,  0.2500])
#> tensor([ 0.1250,  0.2500, -0.2500,  0.2500])
