import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]])
y = torch.tensor([[0.0, 1.0], [2.5, 0.0]])

print(nn.L1Loss()(x, y), F.l1_loss(x, y))
#> tensor(0.7500) tensor(0.7500)
# The same as the mean absolute difference, and as smooth_l1_loss with beta=0.
print((x - y).abs().mean(), F.smooth_l1_loss(x, y, beta=0.0))
#> tensor(0.7500) tensor(0.7500)
