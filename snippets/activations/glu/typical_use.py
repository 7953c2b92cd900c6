import torch
import torch.nn as nn

torch.manual_seed(0)
# The layer before GLU produces twice the features; GLU halves the last dimension again.
model = nn.Sequential(nn.Linear(4, 2 * 8), nn.GLU(), nn.Linear(8, 2))
x = torch.randn(16, 4)                     # a batch of 16 samples
print(model[0](x).shape, model[:2](x).shape, model(x).shape)
#> torch.Size([16, 16]) torch.Size([16, 8]) torch.Size([16, 2])
