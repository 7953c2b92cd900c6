import warnings

import torch
import torch.nn.functional as F


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    # torch checks the number of dimensions only; the rest broadcasts
    if not input1.dim() == input2.dim() == target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension")
    # hinge on the signed gap y * (x1 - x2): zero once it reaches the margin
    loss = (-target * (input1 - input2) + margin).clamp(min=0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page, with margin 0.5.
x1 = torch.tensor([0.8, 0.3, 0.4], requires_grad=True)
x2 = torch.tensor([0.6, 0.6, 1.0])
y = torch.tensor([1.0, 1.0, -1.0])
mine = margin_ranking_loss(x1, x2, y, margin=0.5, reduction="none")
theirs = F.margin_ranking_loss(x1, x2, y, margin=0.5, reduction="none")
print(mine.detach(), theirs.detach())
#> tensor([0.3000, 0.8000, 0.0000]) tensor([0.3000, 0.8000, 0.0000])

# The gradient w.r.t. x1 is -y on an active pair and 0 on the third pair, already past the margin.
print(torch.autograd.grad(mine.sum(), x1)[0], torch.autograd.grad(theirs.sum(), x1)[0])
#> tensor([-1., -1.,  0.]) tensor([-1., -1.,  0.])
