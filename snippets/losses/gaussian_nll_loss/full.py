import math

import torch
import torch.nn.functional as F

mean = torch.tensor([0.0, 1.0, 2.0])
target = torch.tensor([0.5, 1.0, 3.0])
var = torch.tensor([1.0, 2.0, 4.0])

# full=True adds the constant 0.5 * log(2 * pi) to every element.
added = (F.gaussian_nll_loss(mean, target, var, full=True, reduction="none")
         - F.gaussian_nll_loss(mean, target, var, reduction="none"))
print(added, 0.5 * math.log(2 * math.pi))
#> tensor([0.9189, 0.9189, 0.9189]) 0.9189385332046727
# With the constant the loss is exactly -log N(target; mean, var).
print(F.gaussian_nll_loss(mean, target, var, full=True, reduction="none"))
#> tensor([1.0439, 1.2655, 1.7371])
print(-torch.distributions.Normal(mean, var.sqrt()).log_prob(target))
#> tensor([1.0439, 1.2655, 1.7371])
