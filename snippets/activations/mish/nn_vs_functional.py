import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
print(nn.Mish(), nn.Mish(inplace=True))
#> Mish() Mish(inplace=True)
print(torch.equal(nn.Mish()(x), F.mish(x)))
#> True

# Close to SiLU (x * sigmoid(x)) and GELU, but a different function.
grid = torch.linspace(-6, 6, 1201)
print(round((F.mish(grid) - F.silu(grid)).abs().max().item(), 4), round((F.mish(grid) - F.gelu(grid)).abs().max().item(), 4))
#> 0.1844 0.2088
