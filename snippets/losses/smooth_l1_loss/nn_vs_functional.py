import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]])
y = torch.tensor([[0.0, 1.0], [2.5, 0.0]])

print(nn.SmoothL1Loss(beta=0.5)(x, y), F.smooth_l1_loss(x, y, beta=0.5))
#> tensor(0.5625) tensor(0.5625)
print(nn.SmoothL1Loss(beta=0.5).beta)
#> 0.5
