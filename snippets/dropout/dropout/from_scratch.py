# snippet-devices: cpu  (the check replays the CPU generator's mask; the CUDA generator draws a different mask)
import torch
import torch.nn.functional as F


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input  # the very same tensor
    if p == 1:
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    # Bernoulli(1 - p) keep-mask drawn exactly as PyTorch's CPU kernel draws it, then scaled.
    mask = torch.empty_like(input).bernoulli_(1 - p)
    mask.div_(1 - p)
    return input.mul_(mask) if inplace else input * mask


def run(fn, x, seed, **kwargs):
    leaf = x.clone().requires_grad_()
    torch.manual_seed(seed)  # both sides draw from an identically seeded generator
    out = fn(leaf * 1, **kwargs)  # `* 1`: in-place dropout needs a non-leaf
    upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
    out.backward(upstream)
    return out.detach(), leaf.grad


def agrees(x, **kwargs):
    """Same value and same gradient as torch.nn.functional.dropout, for the same seed."""
    (out_ours, grad_ours), (out_ref, grad_ref) = run(dropout, x, 7, **kwargs), run(F.dropout, x, 7, **kwargs)
    return torch.equal(out_ours.isnan(), out_ref.isnan()) and torch.allclose(out_ours, out_ref, equal_nan=True) \
        and torch.allclose(grad_ours, grad_ref, equal_nan=True)


x = torch.linspace(-3, 3, 60, dtype=torch.float64).reshape(3, 4, 5)
print([agrees(x, p=p) for p in (0.0, 0.2, 0.5, 0.9, 1.0)])
#> [True, True, True, True, True]
print(agrees(x, training=False), agrees(x, inplace=True), agrees(x, p=0.3, inplace=True))
#> True True True
print(agrees(torch.tensor(2.0, dtype=torch.float64)), agrees(torch.empty(0, dtype=torch.float64)))
#> True True
special = torch.tensor([float("nan"), float("inf"), -float("inf"), 1e300, -1e-300, 0.0] * 4, dtype=torch.float64)
print(agrees(special, p=0.5), agrees(special, p=1.0))
#> True True
