import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 1.0])
print(nn.ELU(alpha=0.5))
#> ELU(alpha=0.5)
print(torch.equal(nn.ELU(alpha=0.5)(x), F.elu(x, alpha=0.5)))
#> True
# CELU with alpha = 1 is ELU with alpha = 1; SELU is a scaled ELU with fixed constants.
print(torch.equal(F.celu(x, alpha=1.0), F.elu(x)))
#> True
scale, alpha = 1.0507009873554805, 1.6732632423543772  # about 1.0507 and 1.6733
print(torch.allclose(F.selu(x), scale * F.elu(x, alpha=alpha)))
#> True
