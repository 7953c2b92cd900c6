# snippet-devices: cpu  (the check replays the CPU generator's mask; the CUDA generator draws a different mask)
import warnings

import torch
import torch.nn.functional as F


def dropout2d(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    dim = input.dim()
    if dim not in (3, 4):
        warnings.warn(
            f"dropout2d: Received a {dim}-D input to dropout2d, which is deprecated "
            "and will result in an error in a future release. To retain the behavior "
            "and silence this warning, please use dropout instead. Note that dropout2d "
            "exists to provide channel-wise dropout on inputs with 2 spatial dimensions, "
            "a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).",
            stacklevel=2,
        )
    if dim == 3:
        warnings.warn(
            "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
            "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
            "is the channel dim. This behavior will change in a future release to interpret the "
            "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
            "channel-wise dropout behavior, please switch to using dropout1d instead.",
            stacklevel=2,
        )
    if p == 0 or not training or input.numel() == 0:
        return input
    if p == 1:
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    if dim < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    # One Bernoulli(1 - p) draw per (sample, channel), broadcast over the remaining dimensions.
    mask = input.new_empty(input.shape[:2] + (1,) * (dim - 2)).bernoulli_(1 - p)
    mask.div_(1 - p)
    return input.mul_(mask) if inplace else input * mask


def run(fn, x, seed, **kwargs):
    leaf = x.clone().requires_grad_()
    torch.manual_seed(seed)  # both sides draw from an identically seeded generator
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(leaf * 1, **kwargs)  # `* 1`: in-place dropout needs a non-leaf
    upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
    out.backward(upstream)
    return out.detach(), leaf.grad, [str(w.message) for w in caught]


def agrees(x, **kwargs):
    """Same value, gradient and warnings as torch.nn.functional.dropout2d, for the same seed."""
    (out_ours, grad_ours, warn_ours), (out_ref, grad_ref, warn_ref) = (
        run(dropout2d, x, 7, **kwargs), run(F.dropout2d, x, 7, **kwargs))
    return (torch.allclose(out_ours, out_ref, equal_nan=True) and torch.allclose(grad_ours, grad_ref, equal_nan=True)
            and warn_ours == warn_ref)


x = torch.linspace(-3, 3, 120, dtype=torch.float64).reshape(2, 3, 4, 5)
print([agrees(x, p=p) for p in (0.0, 0.2, 0.5, 0.9, 1.0)])
#> [True, True, True, True, True]
print(agrees(x, training=False), agrees(x, inplace=True), agrees(x[0]), agrees(x[0, 0]), agrees(x.unsqueeze(0)))
#> True True True True True
print(agrees(torch.empty(0, 3, 4, 5, dtype=torch.float64)), agrees(torch.tensor(2.0, dtype=torch.float64), p=1.0))
#> True True
x[0, 1, 2, 3], x[1, 2, 0, 0] = float("nan"), float("inf")
print(agrees(x, p=0.5))
#> True
