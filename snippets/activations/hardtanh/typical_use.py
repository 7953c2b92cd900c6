import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Hardtanh(), nn.Linear(8, 2))
x = torch.randn(16, 4)                  # a batch of 16 samples
hidden = model[1](model[0](x))          # clipped to the default region [-1, 1]
print(x.shape, hidden.shape, model(x).shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 2])
print(hidden.min().item() >= -1, hidden.max().item() <= 1)
#> True True
