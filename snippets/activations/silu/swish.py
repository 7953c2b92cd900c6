import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 1.0, 4.0])
print(nn.SiLU(inplace=True))
#> SiLU(inplace=True)
# Swish with beta = 1 is SiLU; PyTorch has no module for other betas.
beta = 1.0
print(torch.allclose(x * torch.sigmoid(beta * x), F.silu(x)))
#> True
# For large beta, x * sigmoid(beta * x) approaches ReLU.
beta = 20.0
print((x * torch.sigmoid(beta * x) - F.relu(x)).abs().max() < 1e-4)
#> tensor(True)
# GELU is close to x * sigmoid(1.702 x), a swish with beta = 1.702, and not to SiLU.
to_swish_1702 = (F.gelu(x) - x * torch.sigmoid(1.702 * x)).abs().max()
to_silu = (F.gelu(x) - F.silu(x)).abs().max()
print(to_swish_1702 < 0.02, to_silu > 0.1)
#> tensor(True) tensor(True)
