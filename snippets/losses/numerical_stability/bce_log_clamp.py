import math

import torch
import torch.nn.functional as F

# Target 1, predicted probabilities that shrink towards 0.
p = torch.tensor([1e-10, 1e-30, 1e-43, 3e-44, 1e-45, 0.0], requires_grad=True)
target = torch.ones(6)

# Forward: -max(log p, -100). The clamp only bites below p = exp(-100), about 3.7e-44.
loss = F.binary_cross_entropy(p, target, reduction="none")
print(loss.detach())
#> tensor([ 23.0259,  69.0776,  99.0163, 100.0000, 100.0000, 100.0000])
print(f"{math.exp(-100):.2e}")
#> 3.72e-44

# Backward: (p - y) / max(p (1 - p), 1e-12). It ignores the clamp: not 0 on the flat part,
# but -1e12 for every p below 1e-12, including p = 0.
loss.sum().backward()
print(p.grad)
#> tensor([-1.0000e+10, -1.0000e+12, -1.0000e+12, -1.0000e+12, -1.0000e+12,
#>         -1.0000e+12])
