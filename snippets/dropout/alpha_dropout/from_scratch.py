# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import math

import torch
import torch.nn.functional as F

ALPHA = 1.7580993408473766  # SELU's lambda * alpha; a dropped unit is set to -ALPHA before the affine map


def _alpha_dropout(input, p, training, inplace, empty_mask):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input  # the very same tensor
    if p == 1:  # multiply by 0: the result is 0, not the saturation value
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    keep = empty_mask(input).bernoulli_(1 - p)  # drawn as PyTorch's CPU kernel draws it
    # y = a * (keep * x + (1 - keep) * (-ALPHA)) + b, with a and b chosen to keep mean 0 and variance 1
    a = 1 / math.sqrt((ALPHA * ALPHA * p + 1) * (1 - p))
    b = (keep - 1) * (ALPHA * a) + ALPHA * a * p  # kept: ALPHA * a * p; dropped: a * (-ALPHA) + ALPHA * a * p
    scale = keep * a
    return input.mul_(scale).add_(b) if inplace else input * scale + b


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    return _alpha_dropout(input, p, training, inplace, torch.empty_like)  # one draw per element


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    def per_channel(x):  # one draw per (sample, channel): (N, C, 1, ..., 1); dimension 0 is always the batch
        if x.dim() < 2:
            raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
        return x.new_empty(x.shape[:2] + (1,) * (x.dim() - 2))
    return _alpha_dropout(input, p, training, inplace, per_channel)


# The example of the page: the same seed gives the same output as F.alpha_dropout.
x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5], requires_grad=True)
torch.manual_seed(0)
mine = alpha_dropout(x, p=0.5, training=True)
torch.manual_seed(0)
theirs = F.alpha_dropout(x, p=0.5, training=True)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([-0.7792, -0.7792,  0.7792, -0.7792, -0.7792, -0.7792,  2.5520,  2.9952])
#> tensor([-0.7792, -0.7792,  0.7792, -0.7792, -0.7792, -0.7792,  2.5520,  2.9952])
# The gradient is a = 0.8864 where kept and 0 where dropped.
print(torch.autograd.grad(mine.sum(), x)[0])
#> tensor([0.0000, 0.0000, 0.8864, 0.0000, 0.0000, 0.0000, 0.8864, 0.8864])

# feature_alpha_dropout on zeros of shape (N, C, L) = (2, 3, 4): each channel is one constant, as in torch.
z = torch.zeros(2, 3, 4)
torch.manual_seed(0)
mine = feature_alpha_dropout(z, p=0.5, training=True)
torch.manual_seed(0)
print(mine[..., 0], F.feature_alpha_dropout(z, p=0.5, training=True)[..., 0], sep="\n")
#> tensor([[-0.7792, -0.7792,  0.7792],
#>         [-0.7792, -0.7792, -0.7792]])
#> tensor([[-0.7792, -0.7792,  0.7792],
#>         [-0.7792, -0.7792, -0.7792]])
