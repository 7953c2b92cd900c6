# snippet-devices: cpu  (the check replays the CPU generator's mask; the CUDA generator draws a different mask)
import math

import torch
import torch.nn.functional as F

ALPHA = 1.7580993408473766  # SELU's lambda * alpha; dropped units take the value -ALPHA


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input
    if p == 1:
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    keep = torch.empty_like(input).bernoulli_(1 - p)  # drawn exactly as PyTorch's CPU kernel draws it
    a = 1 / math.sqrt((ALPHA * ALPHA * p + 1) * (1 - p))
    # kept: a * x + ALPHA * a * p; dropped: a * (-ALPHA) + ALPHA * a * p
    b = (keep - 1) * (ALPHA * a) + ALPHA * a * p
    scale = keep * a
    if inplace:
        return input.mul_(scale).add_(b)
    return input * scale + b


def run(fn, x, seed, **kwargs):
    leaf = x.clone().requires_grad_()
    torch.manual_seed(seed)  # both sides draw from an identically seeded generator
    out = fn(leaf * 1, **kwargs)  # `* 1`: in-place dropout needs a non-leaf
    upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
    out.backward(upstream)
    return out.detach(), leaf.grad


def agrees(x, **kwargs):
    """Same value and same gradient as torch.nn.functional.alpha_dropout, for the same seed."""
    (out_ours, grad_ours), (out_ref, grad_ref) = run(alpha_dropout, x, 7, **kwargs), run(F.alpha_dropout, x, 7, **kwargs)
    return torch.allclose(out_ours, out_ref, equal_nan=True) and torch.allclose(grad_ours, grad_ref, equal_nan=True)


x = torch.linspace(-3, 3, 60, dtype=torch.float64).reshape(3, 4, 5)
print([agrees(x, p=p, training=True) for p in (0.0, 0.2, 0.5, 0.9, 1.0)])
#> [True, True, True, True, True]
print(agrees(x), agrees(x, training=True, inplace=True), agrees(x, p=0.3, training=True, inplace=True))
#> True True True
print(agrees(torch.tensor(2.0, dtype=torch.float64), training=True), agrees(torch.empty(0, dtype=torch.float64), training=True))
#> True True
special = torch.tensor([float("nan"), float("inf"), -float("inf"), 1e300, -1e-300, 0.0] * 4, dtype=torch.float64)
print(agrees(special, p=0.5, training=True), agrees(special, p=1.0, training=True))
#> True True
