import math

import torch
import torch.nn.functional as F

# 200001 quantiles of the standard normal distribution: a deterministic N(0, 1) sample.
p = torch.linspace(0, 1, 200003, dtype=torch.float64)[1:-1]
z = math.sqrt(2) * torch.erfinv(2 * p - 1)
# Mean output for a standard normal input: ELU's negative side pulls it toward 0.
print(round(F.relu(z).mean().item(), 3), round(F.elu(z).mean().item(), 3))
#> 0.399 0.161
# The negative outputs saturate at -alpha.
print(F.elu(torch.tensor([-10.0, -20.0]), alpha=2.0))
#> tensor([-1.9999, -2.0000])
