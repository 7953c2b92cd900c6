import math

import torch
import torch.nn.functional as F


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    # torch's checks and messages. The size check is batch_norm's: it counts N * C / G * spatial
    # values, not the values of one group.
    if input.dim() < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.dim()}")
    batch, channels = input.shape[:2]
    spatial = list(input.shape[2:])
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

    # Back to one value per (sample, channel); the affine parameters are per channel, not per group.
    # As torch arranges it: out = input * scale + shift.
    per_channel = [batch, channels] + [1] * len(spatial)
    mean = mean.repeat_interleave(channels // num_groups, dim=1).reshape(per_channel)
    scale = invstd.repeat_interleave(channels // num_groups, dim=1).reshape(per_channel)
    shape = [1, channels] + [1] * len(spatial)
    if weight is not None:
        scale = scale * weight.reshape(shape)
    shift = -mean * scale if bias is None else bias.reshape(shape) - mean * scale
    return input * scale + shift


# The example of the page: one sample, 4 channels in 2 groups, per-channel weight and bias.
x = torch.tensor([[[1.0, 3.0], [5.0, 7.0], [2.0, 2.0], [6.0, 30.0]]])
weight, bias = torch.tensor([1.0, 2.0, 0.5, -1.0]), torch.tensor([0.0, 0.0, 1.0, 1.0])
print(group_norm(x, 2, weight, bias)[0], F.group_norm(x, 2, weight, bias)[0], sep="\n")
#> tensor([[-1.3416, -0.4472],
#>         [ 0.8944,  2.6833],
#>         [ 0.6570,  0.6570],
#>         [ 1.3430, -0.7150]])
#> tensor([[-1.3416, -0.4472],
#>         [ 0.8944,  2.6833],
#>         [ 0.6570,  0.6570],
#>         [ 1.3430, -0.7150]])
