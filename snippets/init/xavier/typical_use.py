import math

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1))
for module in model.modules():
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight, gain=nn.init.calculate_gain("tanh"))  # gain 5/3
        nn.init.zeros_(module.bias)
bound = 5 / 3 * math.sqrt(6 / (20 + 64))  # the first layer: fan_in 20, fan_out 64
print(model(torch.randn(8, 20)).shape, bool(model[0].weight.abs().max() <= bound))
#> torch.Size([8, 1]) True
