import torch
import torch.nn.functional as F


def _norm2(x, dim):
    """sqrt(sum x^2) over dim, keepdim; gradient 0 (not nan) for a zero vector, as in PyTorch."""
    total = (x * x).sum(dim, keepdim=True)
    positive = total != 0
    return torch.where(positive, torch.where(positive, total, 1.0).sqrt(), 0.0)


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    if eps < 0:
        raise RuntimeError(f"eps must be non-negative, got: {eps:g}")
    dtype = torch.result_type(x1, x2)
    if not dtype.is_floating_point:
        raise RuntimeError(f"expected common dtype to be floating point, yet common dtype is {str(dtype)[6:].capitalize()}")
    x1, x2 = torch.broadcast_tensors(x1.to(dtype), x2.to(dtype))
    n1, n2 = _norm2(x1, dim), _norm2(x2, dim)
    # Clamp each norm at eps, outside autograd: below eps the value is eps,
    # but the gradient still flows through the unclamped norm (n - n.detach() is 0 in value).
    n1 = torch.where(n1 < eps, n1 - n1.detach() + eps, n1)
    n2 = torch.where(n2 < eps, n2 - n2.detach() + eps, n2)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


def agrees(x1, x2, **kwargs):
    """Same value and same gradients (both inputs) as torch.nn.functional.cosine_similarity."""
    ours, ref = [x1.clone().requires_grad_(), x2.clone().requires_grad_()], [x1.clone().requires_grad_(), x2.clone().requires_grad_()]
    out_ours, out_ref = cosine_similarity(*ours, **kwargs), F.cosine_similarity(*ref, **kwargs)
    upstream = torch.linspace(0.5, 1.5, out_ref.numel(), dtype=out_ref.dtype).reshape(out_ref.shape)
    grads_ours = torch.autograd.grad(out_ours, ours, upstream)
    grads_ref = torch.autograd.grad(out_ref, ref, upstream)
    same = out_ours.shape == out_ref.shape and torch.allclose(out_ours, out_ref, equal_nan=True)
    return same and all(torch.allclose(o, r, equal_nan=True) for o, r in zip(grads_ours, grads_ref))


torch.manual_seed(0)
x1, x2 = torch.randn(4, 5, dtype=torch.float64), torch.randn(4, 5, dtype=torch.float64)
print(agrees(x1, x2), agrees(x1, x2, dim=0), agrees(x1, x2, dim=-1, eps=0.0))
#> True True True
# zero and tiny vectors (below eps), broadcasting, single vectors, empty batches
x1[0], x1[1] = 0.0, 1e-10
print(agrees(x1, x2), agrees(x1, x2, eps=0.5), agrees(x1[:, None, :], x2[None], dim=-1))
#> True True True
print(agrees(x1[2], x2[2], dim=0), agrees(x1[:0], x2[:0]), agrees(x1[0, 0], x2[0, 0], dim=0))
#> True True True
x1[2, 0], x2[3, 1] = float("nan"), float("inf")
print(agrees(x1, x2), agrees(x1 * 1e200, x2))  # nan, inf, and squares that overflow
#> True True
