import math

import torch
import torch.nn.functional as F


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    # torch's checks and messages (instance_norm runs on batch_norm, which repeats the (C,) tensors N times).
    spatial = math.prod(input.shape[2:])  # the values that share one (sample, channel) pair's statistics
    if use_input_stats and spatial == 1:
        raise ValueError(f"Expected more than 1 spatial element when training, got input size {input.size()}")
    if not use_input_stats and (running_mean is None or running_var is None):
        raise RuntimeError("Expected running_mean and running_var to be defined when use_input_stats is false")
    if input.dim() < 2:
        raise IndexError("Dimension out of range (expected to be in range of [-1, 0], but got 1)")
    batch, channels = input.shape[:2]
    if input.numel() == 0:  # an early return; the running statistics still average over the (zero) samples: nan
        out = input.clone() * (1 if weight is None else weight.repeat(batch)[0])
        out = out + (0 if bias is None else bias.repeat(batch)[0])
        if running_mean is not None and use_input_stats:
            with torch.no_grad():
                running_mean.copy_(running_mean.expand(batch, channels).mean(0))
                running_var.copy_(running_var.expand(batch, channels).mean(0))
        return out
    for name, t in dict(weight=weight, bias=bias, running_mean=running_mean, running_var=running_var).items():
        if t is not None and t.numel() != channels:
            raise RuntimeError(f"{name} should contain {batch * channels} elements not {batch * t.numel()}")
    if (running_mean is None) != (running_var is None):
        raise ValueError("running_mean and running_var must either both be None or neither be None")

    dims = list(range(2, input.dim()))
    shape = [1, channels] + [1] * (input.dim() - 2)  # broadcasts a (C,) vector over the input
    if use_input_stats:
        # One mean and one biased variance per sample and per channel, over the spatial positions.
        mean = input.mean(dims, keepdim=True)
        var = ((input - mean) ** 2).mean(dims, keepdim=True)
        if running_mean is not None:
            # Each sample updates its own copy of the buffers (with the unbiased variance),
            # then the copies are averaged over the batch; in place, outside the graph.
            with torch.no_grad():
                unbiased = var.reshape(batch, channels) * spatial / (spatial - 1)
                running_mean.copy_(((1 - momentum) * running_mean + momentum * mean.reshape(batch, channels)).mean(0))
                running_var.copy_(((1 - momentum) * running_var + momentum * unbiased).mean(0))
        if eps == 0:  # torch's rule: a constant instance with eps = 0 gets 1/std = 0, not 1/0
            zero = var == 0
            invstd = torch.where(zero, 0.0, 1 / torch.sqrt(torch.where(zero, 1.0, var)))
        else:
            invstd = 1 / torch.sqrt(var + eps)
    else:  # the running statistics, shared by all samples
        mean, invstd = running_mean.reshape(shape), 1 / torch.sqrt(running_var.reshape(shape) + eps)

    # As torch arranges it: a scale and a shift per (sample, channel), out = input * scale + shift.
    scale = invstd if weight is None else invstd * weight.reshape(shape)
    shift = -mean * scale if bias is None else bias.reshape(shape) - mean * scale
    return input * scale + shift


# The example of the page: 2 samples, 2 channels, length 2, with running statistics.
x = torch.tensor([[[1.0, 3.0], [0.0, 4.0]], [[5.0, 9.0], [2.0, 2.0]]])
mine, theirs = [torch.zeros(2), torch.ones(2)], [torch.zeros(2), torch.ones(2)]
print(instance_norm(x, *mine)[0], F.instance_norm(x, *theirs)[0], sep="\n")  # each instance's own statistics
#> tensor([[-1.0000,  1.0000],
#>         [-1.0000,  1.0000]])
#> tensor([[-1.0000,  1.0000],
#>         [-1.0000,  1.0000]])
print(mine[1], theirs[1])  # running_var: the average over the batch of the per-sample updates
#> tensor([1.4000, 1.3000]) tensor([1.4000, 1.3000])
# With use_input_stats=False (the module in eval mode, tracking statistics): the running statistics.
print(instance_norm(x, *mine, use_input_stats=False)[0], F.instance_norm(x, *theirs, use_input_stats=False)[0],
      sep="\n")
#> tensor([[ 0.4648,  2.1551],
#>         [-0.1754,  3.3328]])
#> tensor([[ 0.4648,  2.1551],
#>         [-0.1754,  3.3328]])
