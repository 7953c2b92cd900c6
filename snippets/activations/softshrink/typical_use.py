import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Softshrink(lambd=0.5), nn.Linear(8, 2))
x = torch.randn(16, 4)                  # a batch of 16 samples
pre = model[0](x)
hidden = model[1](pre)                  # |value| <= 0.5 becomes 0, the rest moves 0.5 toward 0
print(x.shape, hidden.shape, model(x).shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 2])
print(torch.allclose(hidden, pre - pre.clamp(-0.5, 0.5)))
#> True
