import math

import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
y = 2 * x


def train(lr, steps=60, clip=None):
    """Fit y = w * x by gradient descent; return the losses."""
    w = torch.zeros(1, requires_grad=True)
    losses = []
    for _ in range(steps):
        loss = F.mse_loss(w * x, y)
        losses.append(loss.item())
        w.grad = None
        loss.backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_([w], max_norm=clip)
        with torch.no_grad():
            w -= lr * w.grad
    return losses


def first(losses, test):
    return next((step for step, v in enumerate(losses) if test(v)), None)


# A learning rate that is too large: every step overshoots and multiplies the loss.
losses = train(lr=1.0)
print([f"{v:.3g}" for v in losses[:4]], f"x{losses[1] / losses[0]:.1f} per step")
#> ['18.7', '1.3e+03', '9e+04', '6.25e+06'] x69.4 per step
print("first inf:", first(losses, math.isinf), "first nan:", first(losses, math.isnan))
#> first inf: 20 first nan: 43

# Fix: a smaller learning rate converges.
print(f"{train(lr=0.1)[-1]:.3g}")
#> 0
# Clipping the gradient norm bounds every step: the loss stays finite, but keeps oscillating.
clipped = train(lr=1.0, clip=1.0)
print(all(map(math.isfinite, clipped)), f"{max(clipped[-10:]):.3g}")
#> True 2.98
