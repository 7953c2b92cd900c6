import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanhshrink(), nn.Linear(8, 2))
x = torch.randn(16, 4)                  # a batch of 16 samples
pre = model[0](x)
hidden = model[1](pre)                  # x - tanh(x), element-wise
print(x.shape, hidden.shape, model(x).shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 2])
print(torch.equal(hidden, pre - torch.tanh(pre)))
#> True
