import warnings

import torch
import torch.nn.functional as F


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    zeros = torch.zeros_like(input)
    # torch's general form: the margin term wherever target != 1, the distance itself wherever
    # target != -1. A +1/-1 target gets exactly one of them; a 0 target gets both.
    margin_term = torch.where(target != 1, (margin - input).clamp(min=0), zeros)
    distance_term = torch.where(target != -1, input, zeros)
    loss = margin_term + distance_term  # broadcasts, like torch: shapes are not checked
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: two similar pairs, then two dissimilar ones; margin 1.
distance = torch.tensor([0.3, 1.5, 0.2, 2.0], requires_grad=True)
y = torch.tensor([1.0, 1.0, -1.0, -1.0])
mine = hinge_embedding_loss(distance, y, reduction="none")
theirs = F.hinge_embedding_loss(distance, y, reduction="none")
print(mine.detach(), theirs.detach())
#> tensor([0.3000, 1.5000, 0.8000, 0.0000]) tensor([0.3000, 1.5000, 0.8000, 0.0000])

# Similar pairs are pulled together (+1), a dissimilar pair inside the margin pushed apart (-1).
print(torch.autograd.grad(mine.sum(), distance)[0], torch.autograd.grad(theirs.sum(), distance)[0])
#> tensor([ 1.,  1., -1.,  0.]) tensor([ 1.,  1., -1.,  0.])
