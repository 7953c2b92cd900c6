import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(16, 32), nn.GELU(), nn.Linear(32, 4))


def init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.normal_(module.weight, mean=0.0, std=0.02)  # small random weights
        nn.init.zeros_(module.bias)


model.apply(init_weights)  # calls init_weights on every submodule
print(model(torch.randn(8, 16)).shape, model[0].weight.shape, model[2].bias.abs().sum().item())
#> torch.Size([8, 4]) torch.Size([32, 16]) 0.0
