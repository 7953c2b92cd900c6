import torch
import torch.nn.functional as F


def log_sigmoid(x):
    # log(sigmoid(x)) = min(x, 0) - log(1 + exp(-|x|)): exp only ever sees a number <= 0, so no overflow.
    # torch.where rather than clamp or abs: a nan logit keeps a nan gradient, and the gradient at 0 is 1/2
    return torch.where(x >= 0, 0, x) - torch.log1p(torch.exp(torch.where(x >= 0, -x, x)))


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None,
                                reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    # one binary cross entropy per class; log(1 - sigmoid(x)) = log(sigmoid(-x))
    loss = -(target * log_sigmoid(input) + (1 - target) * log_sigmoid(-input))
    if weight is not None:  # broadcasts against the input, usually one weight per class
        loss = loss * weight
    loss = loss.mean(dim=-1)  # the classes are the last dimension: divide by C, not by the weights
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: 2 samples, 4 labels, two of them on per sample.
logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0]])
print(multilabel_soft_margin_loss(logits, target, reduction="none"),
      F.multilabel_soft_margin_loss(logits, target, reduction="none"))
#> tensor([0.2789, 0.3913]) tensor([0.2789, 0.3913])

# The gradient is (sigmoid(x) - y) / (N * C): each class on its own, no softmax competition.
logits.requires_grad_()
mine, = torch.autograd.grad(multilabel_soft_margin_loss(logits, target), logits)
theirs, = torch.autograd.grad(F.multilabel_soft_margin_loss(logits, target), logits)
print(mine, theirs, sep="\n")
#> tensor([[-0.0228,  0.0472, -0.0149,  0.0336],
#>         [ 0.0532, -0.0388,  0.0149, -0.0502]])
#> tensor([[-0.0228,  0.0472, -0.0149,  0.0336],
#>         [ 0.0532, -0.0388,  0.0149, -0.0502]])
