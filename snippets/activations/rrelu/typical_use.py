import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.RReLU(), nn.Linear(8, 2))
x = torch.randn(16, 4)  # a batch of 16 samples
print(model(x).shape)
#> torch.Size([16, 2])
print(torch.equal(model(x), model(x)))  # training mode: new random slopes on every call
#> False
model.eval()
print(torch.equal(model(x), model(x)))  # evaluation: one fixed slope, (1/8 + 1/3) / 2
#> True
