import math

import torch
import torch.nn.functional as F


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    spatial = math.prod(input.shape[2:])  # values that share one (sample, channel) pair's statistics
    if use_input_stats and spatial == 1:
        raise ValueError(f"Expected more than 1 spatial element when training, got input size {input.size()}")
    if not use_input_stats and (running_mean is None or running_var is None):
        raise RuntimeError("Expected running_mean and running_var to be defined when use_input_stats is false")
    if input.dim() < 2:
        raise IndexError("Dimension out of range (expected to be in range of [-1, 0], but got 1)")
    batch, channels = input.shape[:2]
    if input.numel() == 0:  # as batch_norm: an early return (weight and bias are repeated once per sample first)
        out = input.clone() * (1 if weight is None else weight.repeat(batch)[0])
        out = out + (0 if bias is None else bias.repeat(batch)[0])
        if running_mean is not None and use_input_stats:  # the copies are still averaged: over no sample, nan
            with torch.no_grad():
                running_mean.copy_(running_mean.expand(batch, channels).mean(0))
                running_var.copy_(running_var.expand(batch, channels).mean(0))
        return out
    for name, t in dict(weight=weight, bias=bias, running_mean=running_mean, running_var=running_var).items():
        if t is not None and t.numel() != channels:  # torch repeats them once per sample, hence the batch factor
            raise RuntimeError(f"{name} should contain {batch * channels} elements not {batch * t.numel()}")
    if (running_mean is None) != (running_var is None):
        raise ValueError("running_mean and running_var must either both be None or neither be None")

    dims = list(range(2, input.dim()))
    shape = [1, channels] + [1] * (input.dim() - 2)  # broadcasts a (C,) vector over the input
    if use_input_stats:
        # One mean and one biased variance per sample and per channel, kept as (N, C, 1, ...).
        mean = input.mean(dims, keepdim=True)
        var = ((input - mean) ** 2).mean(dims, keepdim=True)
        if running_mean is not None:
            with torch.no_grad():  # buffers, updated in place: each sample updates a copy, then the copies are averaged
                unbiased = var.reshape(batch, channels) * spatial / (spatial - 1)
                running_mean.copy_(((1 - momentum) * running_mean + momentum * mean.reshape(batch, channels)).mean(0))
                running_var.copy_(((1 - momentum) * running_var + momentum * unbiased).mean(0))
        if eps == 0:  # torch's rule: a constant instance with eps = 0 gets 1/std = 0, not 1/0
            zero = var == 0
            invstd = torch.where(zero, 0.0, 1 / torch.sqrt(torch.where(zero, 1.0, var)))
        else:
            invstd = 1 / torch.sqrt(var + eps)
    else:
        mean, invstd = running_mean.reshape(shape), 1 / torch.sqrt(running_var.reshape(shape) + eps)

    # As torch arranges it: a scale and a shift per (sample, channel), out = input * scale + shift.
    scale = invstd if weight is None else invstd * weight.reshape(shape)
    shift = -mean * scale if bias is None else bias.reshape(shape) - mean * scale
    return input * scale + shift


def agrees(shape, use_input_stats=True, running=True, momentum=0.1, eps=1e-05, affine=True, special=False):
    """Same output, gradients and updated running statistics as torch.nn.functional.instance_norm."""
    torch.manual_seed(0)
    channels = shape[1]
    x = torch.randn(shape, dtype=torch.float64)
    if special and x.numel() > 1:  # a nan and an inf: they spread over their channel (or group)
        x.view(-1)[0], x.view(-1)[-1] = float("nan"), float("inf")
    w = torch.rand(channels, dtype=torch.float64) + 0.5 if affine else None
    b = torch.randn(channels, dtype=torch.float64) if affine else None
    stats = (torch.randn(channels, dtype=torch.float64), torch.rand(channels, dtype=torch.float64) + 0.5)
    results = []
    for fn in (instance_norm, F.instance_norm):
        leaves = [t.clone().requires_grad_() for t in (x, w, b) if t is not None]
        rm, rv = [s.clone() for s in stats] if running else (None, None)
        weight, bias = (leaves[1], leaves[2]) if affine else (None, None)
        out = fn(leaves[0], rm, rv, weight, bias, use_input_stats, momentum, eps)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=torch.float64).view(out.shape)
        grads = torch.autograd.grad(out, leaves, upstream)
        results.append([out, *grads] + ([rm, rv] if running else []))
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


print(agrees((4, 3, 5)), agrees((4, 3, 5), running=False), agrees((4, 3, 5), use_input_stats=False))
#> True True True
print(agrees((2, 3, 4, 4), momentum=0.5, affine=False), agrees((2, 3, 2, 3, 2), momentum=1.0, eps=1e-3))
#> True True
print(agrees((4, 3, 5), special=True), agrees((4, 3, 5), use_input_stats=False, special=True))
#> True True
print(agrees((0, 3, 5), affine=False), agrees((2, 3, 0)))  # empty inputs (the first makes the buffers nan)
#> True True
