import torch
import torch.nn.functional as F


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None,
                                      margin=1.0, swap=False, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):  # no legacy arguments, no 'elementwise_mean'
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    if not anchor.dim() == positive.dim() == negative.dim():
        raise RuntimeError("anchor, positive and negative must have the same number of dimensions")
    if distance_function is None:  # torch.pairwise_distance: ||x - y + 1e-6||_2 over the last dimension
        def distance_function(x, y):
            return torch.linalg.vector_norm(x - y + 1e-6, dim=-1)
    d_pos = distance_function(anchor, positive)
    d_neg = distance_function(anchor, negative)
    if swap:  # the positive may be closer to the negative than the anchor is
        d_neg = torch.minimum(d_neg, distance_function(positive, negative))
    loss = (margin + d_pos - d_neg).clamp(min=0)  # shaped like whatever the distances are
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y, dim=-1)


# The cosine example of the page: the second triplet's negative is closer than its positive.
anchor = torch.tensor([[1.0, 0.0], [1.0, 1.0]], requires_grad=True)
positive = torch.tensor([[2.0, 1.0], [1.0, 0.0]])
negative = torch.tensor([[0.0, 3.0], [1.0, 2.0]])
options = dict(distance_function=cosine_distance, margin=0.2, reduction="none")
mine = triplet_margin_with_distance_loss(anchor, positive, negative, **options)
theirs = F.triplet_margin_with_distance_loss(anchor, positive, negative, **options)
print(mine.detach(), theirs.detach())
#> tensor([0.0000, 0.4416]) tensor([0.0000, 0.4416])

# Only the active second triplet moves its anchor; autograd differentiates through the distance.
print(torch.autograd.grad(mine.sum(), anchor)[0], torch.autograd.grad(theirs.sum(), anchor)[0], sep="\n")
#> tensor([[ 0.0000,  0.0000],
#>         [-0.5117,  0.5117]])
#> tensor([[ 0.0000,  0.0000],
#>         [-0.5117,  0.5117]])
