import math

import torch
import torch.nn.functional as F


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    if input.dim() < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.dim()}")
    batch, channels = input.shape[:2]
    spatial = list(input.shape[2:])
    # torch's size check, carried over from batch_norm: it counts N * C / G * spatial values, not one group's.
    checked = [batch * channels // num_groups, num_groups] + spatial
    if checked[0] * math.prod(spatial) == 1:
        raise ValueError(f"Expected more than 1 value per channel when training, got input size {checked}")
    if channels % num_groups != 0:
        raise RuntimeError("Expected number of channels in input to be divisible by num_groups, but got input "
                           f"of shape {list(input.shape)} and num_groups={num_groups}")
    for name, t in dict(weight=weight, bias=bias).items():
        if t is not None and (t.dim() != 1 or t.numel() != channels):
            raise RuntimeError(f"Expected {name} to be a vector of size equal to the number of channels in input, "
                               f"but got {name} of shape {list(t.shape)} and input of shape {list(input.shape)}")

    # One mean and one biased variance per sample and per group of C / G consecutive channels.
    grouped = input.reshape(batch, num_groups, channels // num_groups * math.prod(spatial))
    mean = grouped.mean(-1, keepdim=True)
    var = ((grouped - mean) ** 2).mean(-1, keepdim=True)
    invstd = 1 / torch.sqrt(var + eps)

    # Back to one value per (sample, channel), then as torch arranges it: out = input * scale + shift,
    # where the affine parameters are per channel.
    per_channel = [batch, channels] + [1] * len(spatial)
    mean = mean.repeat_interleave(channels // num_groups, dim=1).reshape(per_channel)
    scale = invstd.repeat_interleave(channels // num_groups, dim=1).reshape(per_channel)
    shape = [1, channels] + [1] * len(spatial)
    if weight is not None:
        scale = scale * weight.reshape(shape)
    shift = -mean * scale if bias is None else bias.reshape(shape) - mean * scale
    return input * scale + shift


def agrees(shape, num_groups, eps=1e-05, affine=True, special=False):
    """Same output and gradients as torch.nn.functional.group_norm."""
    torch.manual_seed(0)
    channels = shape[1]
    x = torch.randn(shape, dtype=torch.float64)
    if special and x.numel() > 1:  # a nan and an inf: they spread over their channel (or group)
        x.view(-1)[0], x.view(-1)[-1] = float("nan"), float("inf")
    w = torch.rand(channels, dtype=torch.float64) + 0.5 if affine else None
    b = torch.randn(channels, dtype=torch.float64) if affine else None
    results = []
    for fn in (group_norm, F.group_norm):
        leaves = [t.clone().requires_grad_() for t in (x, w, b) if t is not None]
        weight, bias = (leaves[1], leaves[2]) if affine else (None, None)
        out = fn(leaves[0], num_groups, weight, bias, eps)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=torch.float64).view(out.shape)
        grads = torch.autograd.grad(out, leaves, upstream)
        results.append([out, *grads])
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


print(agrees((4, 6), 3), agrees((4, 6), 1), agrees((4, 6), 6, affine=False))
#> True True True
print(agrees((2, 6, 5), 2), agrees((2, 4, 3, 3), 4, eps=1e-3), agrees((2, 4, 2, 3, 2), 1))
#> True True True
print(agrees((2, 6, 5), 3, special=True), agrees((0, 6, 5), 3), agrees((2, 6, 0), 3))  # nan and inf, empty
#> True True True
