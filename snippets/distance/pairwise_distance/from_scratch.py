import math

import torch
import torch.nn.functional as F


def _vector_norm(d, p, dim):
    """||d||_p over `dim`, with PyTorch's conventions for p = 0, +-inf, negative p and zero vectors."""
    if d.shape[dim] == 0 and (p < 0 or math.isinf(p)):
        raise RuntimeError(
            f"linalg.vector_norm cannot compute the {p:g} norm on the dimension {dim}because "
            "this dimension is empty and the operation does not have an identity"
        )
    a = d.abs()
    if p == 0:  # number of non-zero coordinates (nan counts); the gradient is 0
        return (d.sign() * 0 + (d != 0)).sum(dim)
    if math.isinf(p):  # largest (p=inf) or smallest (p=-inf) |d_i|
        extreme = a.amax(dim, keepdim=True) if p > 0 else a.amin(dim, keepdim=True)
        hit = a == extreme
        share = hit / hit.sum(dim, keepdim=True).clamp_min(1)  # ties split the gradient evenly
        norm = (torch.where(hit, a, 0.0) * share).sum(dim, keepdim=True)
        return torch.where(extreme.isnan(), extreme.detach(), norm).squeeze(dim)
    # (sum |d_i|^p)^(1/p); |d_i|^p has no usable slope at d_i = 0, where PyTorch uses 0
    nonzero = d != 0
    powered = torch.where(nonzero, torch.where(nonzero, a, 1.0).pow(p), 0.0 if p > 0 else math.inf)
    total = powered.sum(dim)
    positive = total != 0  # only an all-zero (or empty) vector has total 0; its norm is 0, gradient 0
    return torch.where(positive, torch.where(positive, total, 1.0).pow(1 / p), 0.0)


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    d = x1 - x2 + eps  # eps shifts every coordinate of the difference
    if d.dim() == 0:  # two scalars: a one-coordinate vector
        return _vector_norm(d.reshape(1), p, 0).reshape(())
    out = _vector_norm(d, p, d.dim() - 1)
    return out.unsqueeze(-1) if keepdim else out


def agrees(x1, x2, **kwargs):
    """Same value and same gradients (both inputs) as torch.nn.functional.pairwise_distance."""
    ours, ref = [x1.clone().requires_grad_(), x2.clone().requires_grad_()], [x1.clone().requires_grad_(), x2.clone().requires_grad_()]
    out_ours, out_ref = pairwise_distance(*ours, **kwargs), F.pairwise_distance(*ref, **kwargs)
    upstream = torch.linspace(0.5, 1.5, out_ref.numel(), dtype=out_ref.dtype).reshape(out_ref.shape)
    grads_ours = torch.autograd.grad(out_ours, ours, upstream, allow_unused=True)
    grads_ref = torch.autograd.grad(out_ref, ref, upstream, allow_unused=True)
    same = out_ours.shape == out_ref.shape and torch.allclose(out_ours, out_ref, equal_nan=True)
    for g_ours, g_ref, t in zip(grads_ours, grads_ref, ours):
        g_ours = torch.zeros_like(t) if g_ours is None else g_ours
        g_ref = torch.zeros_like(t) if g_ref is None else g_ref  # p=0: PyTorch returns no gradient
        compared = ~g_ref.isnan()  # where PyTorch's own gradient is 0 * inf = nan, ours may differ
        same = same and torch.allclose(g_ours[compared], g_ref[compared])
    return same


torch.manual_seed(0)
x1, x2 = torch.randn(4, 5, dtype=torch.float64), torch.randn(4, 5, dtype=torch.float64)
ps = (2.0, 1.0, 3.0, 0.5, 0.0, -1.0, float("inf"), -float("inf"))
print(all(agrees(x1, x2, p=p) for p in ps), all(agrees(x1, x2, p=p, eps=0.0, keepdim=True) for p in ps))
#> True True
# identical points (with and without eps), ties, broadcasting, 0-d and empty inputs
x2[0] = x1[0]
x1[1, :2] = x2[1, :2] + 2
print(all(agrees(x1, x2, p=p, eps=eps) for p in ps for eps in (0.0, 1e-6)))
#> True
print(agrees(x1, x2[0], p=3.0), agrees(x1[0, 0], x2[0, 1]), agrees(x1[:0], x2[:0]), agrees(x1[:, :0], x2[:, :0]))
#> True True True True
x1[2, 0], x1[3, 1], x2[3, 2] = float("nan"), float("inf"), -float("inf")
print(all(agrees(x1, x2, p=p) for p in ps))
#> True
