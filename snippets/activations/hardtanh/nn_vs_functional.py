import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-8.0, -0.5, 0.5, 8.0])
print(nn.Hardtanh(-2.0, 2.0))
#> Hardtanh(min_val=-2.0, max_val=2.0)
print(torch.equal(nn.Hardtanh(-2.0, 2.0)(x), F.hardtanh(x, -2.0, 2.0)))
#> True

# nn.ReLU6 is a Hardtanh subclass with the region fixed to [0, 6].
print(issubclass(nn.ReLU6, nn.Hardtanh), nn.ReLU6().min_val, nn.ReLU6().max_val)
#> True 0.0 6.0
print(torch.equal(F.relu6(x), F.hardtanh(x, 0.0, 6.0)))
#> True
