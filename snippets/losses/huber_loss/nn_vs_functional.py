import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]])
y = torch.tensor([[0.0, 1.0], [2.5, 0.0]])

print(nn.HuberLoss(delta=0.5)(x, y), F.huber_loss(x, y, delta=0.5))
#> tensor(0.2812) tensor(0.2812)
print(nn.HuberLoss(delta=0.5).delta)
#> 0.5
