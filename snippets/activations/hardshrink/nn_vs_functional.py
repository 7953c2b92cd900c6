import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.6, 0.4, 2.0])
print(nn.Hardshrink(), nn.Hardshrink(lambd=1.5))
#> Hardshrink(0.5) Hardshrink(1.5)
print(torch.equal(nn.Hardshrink(0.5)(x), F.hardshrink(x, 0.5)))
#> True
# Softshrink keeps the same zeros but also moves the survivors toward 0 by lambd.
print(F.softshrink(x, 0.5))
#> tensor([-1.5000, -0.1000,  0.0000,  1.5000])
