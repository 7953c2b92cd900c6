import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]])
y = torch.tensor([[0.0, 1.0], [2.5, 0.0]])

print(nn.MSELoss()(x, y), F.mse_loss(x, y), ((x - y) ** 2).mean())
#> tensor(1.1250) tensor(1.1250) tensor(1.1250)
# There is no nn.L2Loss: MSELoss is the squared-error ("L2") loss.
print(hasattr(nn, "L2Loss"))
#> False
