import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.SiLU()(x))
#> tensor([-0.1423, -0.2689,  0.0000,  0.7311,  2.8577])
# The same computation: x * sigmoid(x).
print(torch.allclose(F.silu(x), x * torch.sigmoid(x)))
#> True
