import torch
import torch.nn.functional as F


def log_sigmoid(x):
    # log(sigmoid(x)) = min(x, 0) - log(1 + exp(-|x|)): exp only ever sees a number <= 0, so no overflow.
    # torch.where rather than clamp or abs: a nan logit keeps a nan gradient, and the gradient at 0 is 1/2
    return torch.where(x >= 0, 0, x) - torch.log1p(torch.exp(torch.where(x >= 0, -x, x)))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    if target.shape != input.shape:  # no broadcasting between input and target
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    # -(p y log sigmoid(x) + (1 - y) log(1 - sigmoid(x))), with log(1 - sigmoid(x)) = log sigmoid(x) - x
    loss = (1 - target) * input
    if pos_weight is None:
        loss = loss - log_sigmoid(input)
    else:  # pos_weight multiplies the positive term only; it broadcasts from the last dimension
        loss = loss - (1 + (pos_weight - 1) * target) * log_sigmoid(input)
    if weight is not None:  # weight multiplies both terms
        loss = loss * weight
    if reduction == "mean":  # a plain mean over the elements, whatever the weights
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: 2 samples, 3 labels.
logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])
print(binary_cross_entropy_with_logits(logits, target), F.binary_cross_entropy_with_logits(logits, target))
#> tensor(0.5240) tensor(0.5240)

# The gradient is (sigmoid(x) - y) / 6: bounded, and it never vanishes on a wrong answer.
logits.requires_grad_()
mine, = torch.autograd.grad(binary_cross_entropy_with_logits(logits, target), logits)
theirs, = torch.autograd.grad(F.binary_cross_entropy_with_logits(logits, target), logits)
print(mine, theirs, sep="\n")
#> tensor([[-0.0166,  0.0330, -0.0669],
#>         [ 0.0517,  0.1185, -0.0833]])
#> tensor([[-0.0166,  0.0330, -0.0669],
#>         [ 0.0517,  0.1185, -0.0833]])
