import warnings

import torch
import torch.nn.functional as F


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None,
                      reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None and weight.dim() != 1:
        raise ValueError("weight must be one-dimensional")
    x = input.reshape(-1, input.shape[-1] if input.dim() else 1)  # (N, C), also for (C,) and 0-d
    y = target.reshape(-1)
    n_classes = x.shape[1]
    # z[n, i] = margin - x[n, y_n] + x[n, i] for every class i
    z = margin - x.gather(1, y.unsqueeze(1)) + x
    wrong = torch.arange(n_classes, device=x.device) != y.unsqueeze(1)  # drop the column i = y_n
    # keep z > 0 strictly, like torch: a hinge exactly at 0 adds neither loss nor gradient
    hinge = torch.where(wrong & (z > 0), z, 0) ** p  # the power comes after the max
    if weight is not None:
        hinge = hinge * weight[y].unsqueeze(1)  # the weight of the TARGET class, not squared
    loss = hinge.sum(dim=1) / n_classes  # C - 1 terms, divided by C
    loss = loss.reshape(target.shape)  # per-sample losses shaped like the target: () or (N,)
    if reduction == "mean":
        return loss.mean()  # over samples, whatever the weights
    return loss.sum() if reduction == "sum" else loss


# The example of the page: sample 0 has one wrong class already past the margin.
x = torch.tensor([[0.1, -0.6, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]], requires_grad=True)
y = torch.tensor([3, 0])
w = torch.tensor([1.0, 1.0, 1.0, 2.0])
mine = multi_margin_loss(x, y, p=2, weight=w, reduction="none")
theirs = F.multi_margin_loss(x, y, p=2, weight=w, reduction="none")
print(mine.detach(), theirs.detach())
#> tensor([0.2250, 0.0725]) tensor([0.2250, 0.0725])

# For p=2 the gradient of an active term is 2 * w[y] * z / C on x[i], minus the sum on x[y].
print(torch.autograd.grad(mine.sum(), x)[0][0], torch.autograd.grad(theirs.sum(), x)[0][0])
#> tensor([ 0.3000,  0.0000,  0.6000, -0.9000]) tensor([ 0.3000,  0.0000,  0.6000, -0.9000])
