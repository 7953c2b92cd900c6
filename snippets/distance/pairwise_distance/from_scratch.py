import math

import torch
import torch.nn.functional as F


def vector_norm(d, p):
    """||d||_p over the last dimension, with PyTorch's values and gradients at the special points."""
    if d.shape[-1] == 0 and (p < 0 or math.isinf(p)):  # these norms have no value for an empty vector
        raise RuntimeError(
            f"linalg.vector_norm cannot compute the {p:g} norm on the dimension {d.dim() - 1}because "
            "this dimension is empty and the operation does not have an identity"
        )
    a = d.abs()
    if p == 0:  # the number of non-zero coordinates; its gradient is 0 (nan stays nan)
        return (d.sign() * 0 + (d != 0)).sum(-1)
    if math.isinf(p):  # the largest (p = inf) or the smallest (p = -inf) |d_i|
        extreme = a.amax(-1, keepdim=True) if p > 0 else a.amin(-1, keepdim=True)
        hit = a == extreme
        share = hit / hit.sum(-1, keepdim=True).clamp_min(1)  # tied coordinates split the gradient evenly
        norm = (torch.where(hit, a, 0.0) * share).sum(-1, keepdim=True)
        return torch.where(extreme.isnan(), extreme.detach(), norm).squeeze(-1)
    # (sum_i |d_i|^p)^(1/p); where d_i = 0 the term is 0 (inf for p < 0) and, as in PyTorch, its gradient 0
    nonzero = d != 0
    powered = torch.where(nonzero, torch.where(nonzero, a, 1.0).pow(p), 0.0 if p > 0 else math.inf)
    total = powered.sum(-1)
    positive = total != 0  # an all-zero vector: norm 0, gradient 0 rather than 0 / 0
    return torch.where(positive, torch.where(positive, total, 1.0).pow(1 / p), 0.0)


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    d = x1 - x2 + eps  # eps shifts every coordinate of the difference, not the norm
    if d.dim() == 0:  # two scalars: a vector of one coordinate, and a 0-d result even with keepdim
        return vector_norm(d.reshape(1), p).reshape(())
    out = vector_norm(d, p)
    return out.unsqueeze(-1) if keepdim else out


# The example of the page: the second pair is one point twice, at distance eps * sqrt(2), not 0.
x1 = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, -1.0]], requires_grad=True)
x2 = torch.tensor([[3.0, 4.0], [1.0, 2.0], [0.0, 3.0]])
print(pairwise_distance(x1, x2).detach(), F.pairwise_distance(x1, x2).detach(), sep="\n")
#> tensor([5.0000e+00, 1.4142e-06, 5.0000e+00])
#> tensor([5.0000e+00, 1.4142e-06, 5.0000e+00])

# The gradient (x1 - x2 + eps) / distance: a unit vector per row, (1, 1) / sqrt(2) for the identical points.
mine, = torch.autograd.grad(pairwise_distance(x1, x2).sum(), x1)
theirs, = torch.autograd.grad(F.pairwise_distance(x1, x2).sum(), x1)
print(mine, theirs, sep="\n")
#> tensor([[-0.6000, -0.8000],
#>         [ 0.7071,  0.7071],
#>         [ 0.6000, -0.8000]])
#> tensor([[-0.6000, -0.8000],
#>         [ 0.7071,  0.7071],
#>         [ 0.6000, -0.8000]])
