import math
import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def _pairwise_distance(x, y, p, eps):
    # ||x - y + eps||_p over the last dimension, as torch.pairwise_distance computes it
    diff = (x - y + eps).abs()
    if math.isinf(p):  # the largest (p = inf) or smallest (p = -inf) |coordinate|, NaN if one is NaN
        nan = diff.isnan()  # (filled in first, so that the gradient stays finite, as torch's does)
        diff = diff.masked_fill(nan, 0.0 if p > 0 else math.inf)
        extreme = diff.amax(dim=-1) if p > 0 else diff.amin(dim=-1)
        return extreme.masked_fill(nan.any(dim=-1), math.nan)
    if p == 0:
        return (diff != 0).sum(dim=-1).to(diff.dtype)
    # torch's gradient is 0 at a zero coordinate (p < 1) and at a zero distance (p > 1), where pow()
    # would give inf * 0 = NaN: the zeros go around it
    zero = diff == 0
    total = torch.where(zero, diff.detach() ** p, diff.masked_fill(zero, 1.0) ** p).sum(dim=-1)
    return torch.where(total == 0, total.detach() ** (1.0 / p), total.masked_fill(total == 0, 1.0) ** (1.0 / p))


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False,
                        size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    if not anchor.dim() == positive.dim() == negative.dim():
        raise RuntimeError("anchor, positive and negative must have the same number of dimensions")
    d_pos = _pairwise_distance(anchor, positive, p, eps)
    d_neg = _pairwise_distance(anchor, negative, p, eps)
    if swap:  # the positive may be closer to the negative than the anchor is
        d_neg = torch.minimum(d_neg, _pairwise_distance(positive, negative, p, eps))
    loss = (margin + d_pos - d_neg).clamp(min=0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(anchor, positive, negative, **kwargs):
    """Same value and same gradients for all three inputs as torch.nn.functional.triplet_margin_loss."""
    ours = [t.clone().requires_grad_() for t in (anchor, positive, negative)]
    ref = [t.clone().requires_grad_() for t in (anchor, positive, negative)]
    ours_loss = triplet_margin_loss(*ours, **kwargs)
    ref_loss = F.triplet_margin_loss(*ref, **kwargs)
    ours_loss.sum().backward()
    ref_loss.sum().backward()
    return torch.allclose(ours_loss, ref_loss, equal_nan=True) and all(
        torch.allclose(o.grad, r.grad, atol=1e-6) for o, r in zip(ours, ref))


anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.5, 3.0], [1.0, 0.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0], [2.0, 0.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(anchor, positive, negative, reduction=reduction),
          agrees(anchor, positive, negative, margin=2.5, p=1, reduction=reduction),
          agrees(anchor, positive, negative, p=float("inf"), eps=0.1, reduction=reduction),
          agrees(anchor, positive, negative, margin=0.5, swap=True, reduction=reduction),
          agrees(anchor[1], positive[1], negative[1], p=3, reduction=reduction))
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(anchor, positive, negative, size_average=False), agrees(anchor, positive, negative, reduce=False))
    #> True True
