import math

import torch
import torch.nn.functional as F

mean = torch.tensor([0.0])
target = torch.tensor([0.0])             # zero error: the loss is 0.5 * log(var)
var = torch.tensor([0.05], requires_grad=True)

# var is clamped to eps (here 0.1) in the forward: max(var, eps), not var + eps.
loss = F.gaussian_nll_loss(mean, target, var, eps=0.1)
print(loss)
#> tensor(-1.1513, grad_fn=<MeanBackward0>)
print([round(0.5 * math.log(v), 4) for v in (0.1, 0.1 + 0.05, 0.05)])  # clamped, added, raw
#> [-1.1513, -0.9486, -1.4979]

# The clamp is invisible to autograd: the gradient is d/dv 0.5*log(v) at v = 0.1,
# where a real clamp would give 0.
loss.backward()
print(var.grad)
#> tensor([5.])

# A variance of exactly 0 is allowed and clamped to the default eps = 1e-6.
print(F.gaussian_nll_loss(mean, target, torch.tensor([0.0])), 0.5 * math.log(1e-6))
#> tensor(-6.9078) -6.907755278982137
