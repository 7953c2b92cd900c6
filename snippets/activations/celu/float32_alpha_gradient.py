import math

import torch
import torch.nn.functional as F

# Even in float64, the backward pass uses 1 / alpha computed from alpha rounded to float32.
for alpha in (0.5, 0.1):
    x = torch.tensor(-1.0, dtype=torch.float64, requires_grad=True)
    F.celu(x, alpha).backward()
    exact = math.exp(-1.0 / alpha)
    print(alpha, f"{x.grad.item() / exact - 1:.1e}")
    #> 0.5 0.0e+00
    #> 0.1 1.3e-07
