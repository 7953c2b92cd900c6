import math

import torch
import torch.nn.functional as F


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    # torch's checks and messages: in training, a channel needs more than one value, and eps > 0.
    if training:
        if input.shape[0] * math.prod(input.shape[2:]) == 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size {input.size()}")
        if eps <= 0.0:
            raise ValueError(f"batch_norm eps must be positive during training, but got {eps}")
    elif eps < 0.0:
        raise ValueError(f"batch_norm eps must be non-negative, but got {eps}")
    if input.numel() == 0:  # torch returns early: no statistics, running statistics untouched
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

    # One mean and one variance per channel (dim 1): over the batch and every spatial position.
    dims = [0, *range(2, input.dim())]
    shape = [1, channels] + [1] * (input.dim() - 2)  # broadcasts a (C,) vector over the input
    if training:
        mean = input.mean(dims)
        var = ((input - mean.reshape(shape)) ** 2).mean(dims)  # biased: divides by n
        if running_mean is not None:
            n = input.numel() // channels
            with torch.no_grad():  # the buffers are updated in place, outside the graph
                running_mean.copy_((1 - momentum) * running_mean + momentum * mean)
                running_var.copy_((1 - momentum) * running_var + momentum * var * n / (n - 1))  # unbiased
    else:  # eval: the running statistics, so the layer is a fixed per-channel affine map
        mean, var = running_mean, running_var

    # As torch arranges it: one scale and one shift per channel, out = input * scale + shift.
    scale = 1 / torch.sqrt(var + eps)
    if weight is not None:
        scale = scale * weight
    shift = -mean * scale if bias is None else bias - mean * scale
    return input * scale.reshape(shape) + shift.reshape(shape)


# The example of the page: 4 samples, 3 channels, running statistics starting at mean 0, variance 1.
x = torch.tensor([[1.0, 10.0, -2.0], [2.0, 20.0, 0.0], [3.0, 30.0, 2.0], [10.0, 100.0, 4.0]])
mine, theirs = [torch.zeros(3), torch.ones(3)], [torch.zeros(3), torch.ones(3)]
print(batch_norm(x, *mine, training=True)[:, 2], F.batch_norm(x, *theirs, training=True)[:, 2])
#> tensor([-1.3416, -0.4472,  0.4472,  1.3416]) tensor([-1.3416, -0.4472,  0.4472,  1.3416])
print(mine[1], theirs[1])  # running_var after one step: 0.9 * 1 + 0.1 * the unbiased variance
#> tensor([  2.5667, 167.5667,   1.5667]) tensor([  2.5667, 167.5667,   1.5667])
print(batch_norm(x, *mine)[:, 2], F.batch_norm(x, *theirs)[:, 2])  # eval: the running statistics
#> tensor([-1.6778, -0.0799,  1.5180,  3.1158]) tensor([-1.6778, -0.0799,  1.5180,  3.1158])
