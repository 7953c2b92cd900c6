import torch
import torch.nn.functional as F

# Box offsets in pixels, and the same offsets divided by an image size of 100.
error_px = torch.tensor([3.0, 8.0, 40.0])
error_norm = error_px / 100


def grad(error, beta):
    x = error.clone().requires_grad_()
    F.smooth_l1_loss(x, torch.zeros_like(x), reduction="sum", beta=beta).backward()
    return x.grad


# Default beta=1: in pixels every error is in the linear branch (L1-like, gradient +-1)...
print(grad(error_px, 1.0))
#> tensor([1., 1., 1.])
# ...normalized, every error is in the quadratic branch (MSE-like, gradient = error).
print(grad(error_norm, 1.0))
#> tensor([0.0300, 0.0800, 0.4000])
# beta must follow the units: beta = 1 / 100 restores the pixel behavior.
print(grad(error_norm, 0.01))
#> tensor([1., 1., 1.])
zeros = torch.zeros(3)
print(F.smooth_l1_loss(error_norm, zeros, beta=0.01) * 100, F.smooth_l1_loss(error_px, zeros))
#> tensor(16.5000) tensor(16.5000)
