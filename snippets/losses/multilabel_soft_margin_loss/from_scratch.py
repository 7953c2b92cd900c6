import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def _log_sigmoid(x):
    # log(sigmoid(x)) = min(x, 0) - log(1 + exp(-|x|)) without overflow: exp only ever sees a number <= 0.
    # torch.where rather than clamp or abs: a nan logit keeps a nan gradient, and x = 0 gets 1/2
    return torch.where(x >= 0, 0, x) - torch.log1p(torch.exp(torch.where(x >= 0, -x, x)))


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None,
                                reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    loss = -(target * _log_sigmoid(input) + (1 - target) * _log_sigmoid(-input))
    if weight is not None:
        loss = loss * weight
    loss = loss.mean(dim=-1)  # classes are the last dimension: sum over them / C
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(reduction + " is not valid")


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.multilabel_soft_margin_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = multilabel_soft_margin_loss(ours_in, target, **kwargs)
    ref = F.multilabel_soft_margin_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4],
                       [0.0, 0.0, 90.0, -90.0]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0],
                       [0.0, 0.5, 0.0, 1.0]])
weight = torch.tensor([1.0, 2.0, 0.5, 4.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, target, reduction=reduction),
          agrees(logits, target, weight=weight, reduction=reduction),
          agrees(logits[0], target[0], weight=weight, reduction=reduction))
    #> none True True True
    #> sum True True True
    #> mean True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(logits, target, size_average=False), agrees(logits, target, reduce=False))
    #> True True
