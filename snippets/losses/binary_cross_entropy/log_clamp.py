import math

import torch
import torch.nn.functional as F

# Probabilities of exactly 0 and 1: twice with the wrong target, once with the right one.
probs = torch.tensor([0.0, 1.0, 0.0], requires_grad=True)
target = torch.tensor([1.0, 0.0, 0.0])

# BCELoss clamps each log at -100, so a certain wrong answer costs 100, not inf,
# and a certain right answer costs 0, not 0 * log(0) = nan as the bare formula gives.
loss = F.binary_cross_entropy(probs, target, reduction="none")
print(loss)
#> tensor([100., 100.,   0.], grad_fn=<BinaryCrossEntropyBackward0>)
p = probs.detach()
print(-(target * p.log() + (1 - target) * (1 - p).log()))
#> tensor([inf, inf, nan])

# The clamp also caps values that are merely tiny: 1e-45 is stored as the float32 1.4e-45,
# and -log of that is about 103.3.
tiny = torch.tensor([1e-45])
print(round(-math.log(tiny.item()), 4), F.binary_cross_entropy(tiny, torch.tensor([1.0])))
#> 103.2789 tensor(100.)

# The backward divides by max(p * (1 - p), 1e-12): huge, not zero, at the clamped points.
loss.sum().backward()
print(probs.grad)
#> tensor([-1.0000e+12,  1.0000e+12,  0.0000e+00])

# Autograd through the clamped formula would give 0 / 0 = nan at these points instead.
q = torch.tensor([0.0, 1.0, 0.0], requires_grad=True)
naive = -(target * q.log().clamp(min=-100) + (1 - target) * (1 - q).log().clamp(min=-100))
naive.sum().backward()
print(q.grad)
#> tensor([nan, nan, nan])
