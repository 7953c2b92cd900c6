import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.75, -0.5, -0.3, 0.0, 0.3, 0.5, 0.75, 2.0])
print(nn.Hardshrink()(x))  # lambd=0.5: |x| <= 0.5 becomes 0, the rest is kept as it is
#> tensor([-2.0000, -0.7500,  0.0000,  0.0000,  0.0000,  0.0000,  0.0000,  0.7500,
#>          2.0000])
print(F.hardshrink(x, lambd=1.0))
#> tensor([-2.,  0.,  0.,  0.,  0.,  0.,  0.,  0.,  2.])
