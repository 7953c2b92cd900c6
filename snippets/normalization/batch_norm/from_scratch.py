import math

import torch
import torch.nn.functional as F


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    if training:
        per_channel = input.shape[0] * math.prod(input.shape[2:])  # values that share one channel's statistics
        if per_channel == 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size {input.size()}")
        if eps <= 0.0:
            raise ValueError(f"batch_norm eps must be positive during training, but got {eps}")
    elif eps < 0.0:
        raise ValueError(f"batch_norm eps must be non-negative, but got {eps}")
    if input.numel() == 0:  # torch returns early: no statistics, no further checks, running stats untouched
        return input.clone() * (1 if weight is None else weight[0]) + (0 if bias is None else bias[0])
    channels = input.shape[1] if input.dim() > 1 else 0
    for name, t in dict(running_mean=running_mean, running_var=running_var, weight=weight, bias=bias).items():
        if t is not None and t.numel() != channels:
            raise RuntimeError(f"{name} should contain {channels} elements not {t.numel()}")
        if not training and name.startswith("running") and t is None:
            raise RuntimeError(f"{name} must be defined in evaluation mode")
    if input.dim() < 2:
        raise IndexError("Dimension out of range (expected to be in range of [-1, 0], but got 1)")
    if (running_mean is None) != (running_var is None):
        raise ValueError("running_mean and running_var must either both be None or neither be None")

    # Statistics are per channel (dim 1): reduce over the batch and every spatial dimension.
    dims = [0, *range(2, input.dim())]
    shape = [1, channels] + [1] * (input.dim() - 2)  # broadcasts a (C,) vector over the input
    if training:
        mean = input.mean(dims)
        var = ((input - mean.reshape(shape)) ** 2).mean(dims)  # biased: divides by n
        if running_mean is not None:
            n = input.numel() // channels
            with torch.no_grad():  # buffers, not part of the graph; updated in place
                running_mean.copy_((1 - momentum) * running_mean + momentum * mean)
                running_var.copy_((1 - momentum) * running_var + momentum * var * n / (n - 1))  # unbiased
    else:
        mean, var = running_mean, running_var

    # As torch arranges it: one scale and one shift per channel, out = input * scale + shift.
    scale = 1 / torch.sqrt(var + eps)
    if weight is not None:
        scale = scale * weight
    shift = -mean * scale if bias is None else bias - mean * scale
    return input * scale.reshape(shape) + shift.reshape(shape)


def agrees(shape, training, momentum=0.1, eps=1e-05, affine=True, special=False):
    """Same output, gradients and updated running statistics as torch.nn.functional.batch_norm."""
    torch.manual_seed(0)
    channels = shape[1]
    x = torch.randn(shape, dtype=torch.float64)
    if special and x.numel() > 1:  # a nan and an inf: they spread over their channel (or group)
        x.view(-1)[0], x.view(-1)[-1] = float("nan"), float("inf")
    w = torch.rand(channels, dtype=torch.float64) + 0.5 if affine else None
    b = torch.randn(channels, dtype=torch.float64) if affine else None
    stats = (torch.randn(channels, dtype=torch.float64), torch.rand(channels, dtype=torch.float64) + 0.5)
    results = []
    for fn in (batch_norm, F.batch_norm):
        leaves = [t.clone().requires_grad_() for t in (x, w, b) if t is not None]
        running = [s.clone() for s in stats]
        weight, bias = (leaves[1], leaves[2]) if affine else (None, None)
        out = fn(leaves[0], *running, weight, bias, training=training, momentum=momentum, eps=eps)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=torch.float64).view(out.shape)
        grads = torch.autograd.grad(out, leaves, upstream)
        results.append([out, *grads, *running])
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


print(agrees((4, 3), training=True), agrees((4, 3), training=False))
#> True True
print(agrees((2, 3, 5), training=True, momentum=0.5), agrees((2, 3, 4, 4), training=True, affine=False))
#> True True
print(agrees((2, 3, 2, 2, 2), training=True, momentum=1.0, eps=1e-3), agrees((2, 3, 2, 2, 2), training=False, eps=0.1))
#> True True
print(agrees((4, 3), training=True, special=True), agrees((4, 3), training=False, special=True))
#> True True
print(agrees((0, 3), training=True), agrees((2, 3, 0), training=False))  # empty inputs
#> True True
