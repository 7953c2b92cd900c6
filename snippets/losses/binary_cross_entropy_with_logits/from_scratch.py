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


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if target.shape != input.shape:
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    # -(p_c y log sigmoid(x) + (1 - y) log(1 - sigmoid(x))) with log(1 - sigmoid(x)) = log sigmoid(x) - x,
    # arranged as torch arranges it: that decides which infinite logits give nan ((1 - y) x = 0 * inf)
    loss = (1 - target) * input
    if pos_weight is None:
        loss = loss - _log_sigmoid(input)
    else:  # pos_weight multiplies the positive term only; it broadcasts against the input
        loss = loss - (1 + (pos_weight - 1) * target) * _log_sigmoid(input)
    if weight is not None:
        loss = loss * weight
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.binary_cross_entropy_with_logits."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = binary_cross_entropy_with_logits(ours_in, target, **kwargs)
    ref = F.binary_cross_entropy_with_logits(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


logits = torch.tensor([[2.2, -1.4, 0.0],
                       [-120.0, 0.9, 120.0]])  # 0 and extreme logits included
target = torch.tensor([[1.0, 0.0, 1.0],
                       [1.0, 0.7, 0.25]])
per_label = torch.tensor([1.0, 2.0, 3.0])
per_sample = torch.tensor([[1.0], [2.0]])
pos_weight = torch.tensor([2.0, 3.0, 0.5])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, target, reduction=reduction),
          agrees(logits, target, weight=per_label, reduction=reduction),
          agrees(logits, target, weight=per_sample, pos_weight=pos_weight, reduction=reduction),
          agrees(logits[0, 0], target[0, 0], pos_weight=torch.tensor(4.0), reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True

spatial = torch.tensor([[[[0.5, -1.0]], [[2.0, 0.0]]]])  # (N=1, C=2, H=1, W=2)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(spatial, torch.tensor([[[[1.0, 0.0]], [[0.0, 1.0]]]]), pos_weight=torch.tensor([[[3.0]], [[0.5]]])),
          agrees(logits, target, size_average=False), agrees(logits, target, reduce=False))
    #> True True True
