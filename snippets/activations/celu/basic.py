import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.CELU()(x))
#> tensor([-0.9502, -0.6321,  0.0000,  1.0000,  3.0000])
print(nn.CELU(alpha=2.0)(x))
#> tensor([-1.5537, -0.7869,  0.0000,  1.0000,  3.0000])
# With alpha = 1, CELU is ELU.
print(torch.equal(F.celu(x), F.elu(x)))
#> True
