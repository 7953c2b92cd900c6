import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
print(nn.GELU(approximate="tanh"))
#> GELU(approximate='tanh')
print(torch.equal(nn.GELU(approximate="tanh")(x), F.gelu(x, approximate="tanh")))
#> True
# Sigmoid approximation x * sigmoid(1.702 x): close, but not what either mode computes.
print((F.gelu(x) - x * torch.sigmoid(1.702 * x)).abs().max() < 0.02)
#> tensor(True)
