import warnings

import torch
import torch.nn.functional as F


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False,
                        size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    if not anchor.dim() == positive.dim() == negative.dim():
        raise RuntimeError("anchor, positive and negative must have the same number of dimensions")

    def distance(x, y):  # ||x - y + eps||_p over the last dimension, as torch.pairwise_distance
        return torch.linalg.vector_norm(x - y + eps, ord=p, dim=-1)

    d_pos = distance(anchor, positive)
    d_neg = distance(anchor, negative)
    if swap:  # the positive may be closer to the negative than the anchor is
        d_neg = torch.minimum(d_neg, distance(positive, negative))
    loss = (margin + d_pos - d_neg).clamp(min=0)
    if reduction == "mean":
        return loss.mean()  # over all triplets, the satisfied ones included
    return loss.sum() if reduction == "sum" else loss


# The example of the page: three triplets of 2-d embeddings.
anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])
print(triplet_margin_loss(anchor, positive, negative, reduction="none"),
      F.triplet_margin_loss(anchor, positive, negative, reduction="none"))
#> tensor([0.0000, 1.5000, 2.0000]) tensor([0.0000, 1.5000, 2.0000])

# Another margin, the L1 distance and the swap, averaged over the three triplets.
options = dict(margin=0.5, p=1.0, swap=True)
print(triplet_margin_loss(anchor, positive, negative, **options),
      F.triplet_margin_loss(anchor, positive, negative, **options))
#> tensor(0.8333) tensor(0.8333)
