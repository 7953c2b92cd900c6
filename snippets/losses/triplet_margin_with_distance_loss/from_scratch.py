import torch
import torch.nn as nn
import torch.nn.functional as F


def _pairwise_distance(x, y, eps=1e-6):
    # the default distance: ||x - y + eps||_2 over the last dimension
    squared = (x - y + eps).pow(2).sum(dim=-1)
    # at distance 0 torch's gradient is 0, where sqrt()'s would be inf * 0 = NaN
    return torch.where(squared == 0, 0.0, squared.masked_fill(squared == 0, 1.0).sqrt())


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None,
                                      margin=1.0, swap=False, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    if not anchor.dim() == positive.dim() == negative.dim():
        raise RuntimeError("anchor, positive and negative must have the same number of dimensions")
    distance = _pairwise_distance if distance_function is None else distance_function
    d_pos = distance(anchor, positive)
    d_neg = distance(anchor, negative)
    if swap:
        d_neg = torch.minimum(d_neg, distance(positive, negative))
    loss = (margin + d_pos - d_neg).clamp(min=0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(anchor, positive, negative, **kwargs):
    """Same value and same gradients as torch.nn.functional.triplet_margin_with_distance_loss."""
    ours = [t.clone().requires_grad_() for t in (anchor, positive, negative)]
    ref = [t.clone().requires_grad_() for t in (anchor, positive, negative)]
    ours_loss = triplet_margin_with_distance_loss(*ours, **kwargs)
    ref_loss = F.triplet_margin_with_distance_loss(*ref, **kwargs)
    ours_loss.sum().backward()
    ref_loss.sum().backward()
    return torch.allclose(ours_loss, ref_loss) and all(
        torch.allclose(o.grad, r.grad, atol=1e-6) for o, r in zip(ours, ref))


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y, dim=-1)


anchor = torch.tensor([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.5]])
positive = torch.tensor([[1.0, 1.0], [2.0, 1.0], [0.5, 3.0], [1.0, 0.0]])
negative = torch.tensor([[0.0, 1.0], [1.0, 1.5], [0.0, 2.0], [2.0, 0.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(anchor, positive, negative, reduction=reduction),
          agrees(anchor, positive, negative, margin=2.5, swap=True, reduction=reduction),
          agrees(anchor, positive, negative, distance_function=cosine_distance, margin=0.5, reduction=reduction),
          agrees(anchor, positive, negative, distance_function=cosine_distance, margin=0.5, swap=True,
                 reduction=reduction),
          agrees(anchor, positive, negative, distance_function=nn.PairwiseDistance(p=1.0), reduction=reduction),
          agrees(anchor[1], positive[1], negative[1], distance_function=cosine_distance, reduction=reduction))
    #> none True True True True True True
    #> sum True True True True True True
    #> mean True True True True True True
