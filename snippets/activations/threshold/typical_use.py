import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Threshold(0.1, 0.0), nn.Linear(8, 2))
x = torch.randn(16, 4)                  # a batch of 16 samples
hidden = model[1](model[0](x))          # every value <= 0.1 is replaced by 0
print(x.shape, hidden.shape, model(x).shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 2])
print(bool(((hidden > 0.1) | (hidden == 0)).all()))
#> True
