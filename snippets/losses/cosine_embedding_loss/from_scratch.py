import warnings

import torch
import torch.nn.functional as F


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                          reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    if target.dim() > 1 or input1.dim() != target.dim() + 1 or input2.dim() != target.dim() + 1:
        raise RuntimeError("expected (D) inputs with a 0-dim target or (N, D) inputs with an (N) target")
    dim = target.dim()  # the embedding dimension: 0 unbatched, 1 batched
    # cosine with eps = 1e-12 added to each SQUARED norm: a zero vector gives cos = 0, not nan
    dot = (input1 * input2).sum(dim)
    squared1 = (input1 * input1).sum(dim) + 1e-12
    squared2 = (input2 * input2).sum(dim) + 1e-12
    cos = dot / (squared1 * squared2).sqrt()
    # 1 - cos where target == 1, max(0, cos - margin) where target == -1, 0 for any other target
    loss = (torch.where(target == 1, 1 - cos, 0)
            + torch.where(target == -1, (cos - margin).clamp(min=0), 0))
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: a similar pair, then two dissimilar ones.
x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]], requires_grad=True)
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
y = torch.tensor([1.0, -1.0, -1.0])
mine = cosine_embedding_loss(x1, x2, y, reduction="none")
theirs = F.cosine_embedding_loss(x1, x2, y, reduction="none")
print(mine.detach(), theirs.detach())
#> tensor([0.2929, 0.0000, 0.8000]) tensor([0.2929, 0.0000, 0.8000])

# Each row of the gradient is perpendicular to its x1 row: only the direction is trained.
print(torch.autograd.grad(mine.sum(), x1)[0], torch.autograd.grad(theirs.sum(), x1)[0], sep="\n")
#> tensor([[ 0.0000, -0.7071],
#>         [ 0.0000,  1.0000],
#>         [ 0.2400, -0.1200]])
#> tensor([[ 0.0000, -0.7071],
#>         [ 0.0000,  1.0000],
#>         [ 0.2400, -0.1200]])
