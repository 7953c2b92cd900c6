import math
import warnings

import torch
import torch.nn as nn


def calculate_gain(nonlinearity, param=None):
    if nonlinearity in ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                        "conv_transpose3d", "sigmoid"):
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)  # ReLU zeroes half of a symmetric input: twice the variance makes up for it
    if nonlinearity == "leaky_relu":
        if param is None:
            negative_slope = 0.01
        elif isinstance(param, (int, float)) and not isinstance(param, bool):
            negative_slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + negative_slope**2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def fan(tensor, mode):
    """fan_in (inputs that feed one output) or fan_out (outputs one input feeds) of a weight (out, in, *kernel)."""
    mode = mode.lower()
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(f"Mode {mode} not supported, please use one of ['fan_in', 'fan_out']")
    if tensor.dim() < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive_field = math.prod(tensor.shape[2:])
    return (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * receptive_field


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    if 0 in tensor.shape:
        warnings.warn("Initializing zero-element tensors is a no-op", stacklevel=2)
        return tensor
    fan_mode = fan(tensor, mode)  # fan_in keeps the forward variance, fan_out the backward one
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan_mode)
    bound = math.sqrt(3.0) * std  # U(-bound, bound) has standard deviation bound / sqrt(3)
    with torch.no_grad():
        u = torch.rand(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        lo, hi = torch.full_like(u, -bound), torch.full_like(u, bound)
        return tensor.copy_(torch.addcmul(lo, u, hi - lo))  # -bound + u * 2 bound, rounded as torch rounds it


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    if 0 in tensor.shape:
        warnings.warn("Initializing zero-element tensors is a no-op", stacklevel=2)
        return tensor
    fan_mode = fan(tensor, mode)
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan_mode)
    with torch.no_grad():
        z = torch.randn(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        return tensor.copy_(z * std)


# A Conv2d(64, 128, 3) weight: fan_in = 64 * 3 * 3 = 576, std = sqrt(2 / 576).
mine = kaiming_normal_(torch.empty(128, 64, 3, 3, device="cpu"), nonlinearity="relu",
                       generator=torch.Generator().manual_seed(0))
theirs = nn.init.kaiming_normal_(torch.empty(128, 64, 3, 3, device="cpu"), nonlinearity="relu",
                                 generator=torch.Generator().manual_seed(0))
print(torch.allclose(mine, theirs, rtol=1e-6, atol=0), round(math.sqrt(2 / 576), 4), round(mine.std().item(), 4))
#> True 0.0589 0.0589
# Linear's default a = sqrt(5): the bound is 1 / sqrt(fan_in), here 1 / sqrt(400) = 0.05.
mine = kaiming_uniform_(torch.empty(10, 400, device="cpu"), a=math.sqrt(5), generator=torch.Generator().manual_seed(0))
theirs = nn.init.kaiming_uniform_(torch.empty(10, 400, device="cpu"), a=math.sqrt(5),
                                  generator=torch.Generator().manual_seed(0))
print(torch.equal(mine, theirs), round(mine.min().item(), 4), round(mine.max().item(), 4))
#> True -0.05 0.05
