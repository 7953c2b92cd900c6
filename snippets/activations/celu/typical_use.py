import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.CELU(alpha=2.0), nn.Linear(8, 2))
x = torch.randn(16, 4)                     # a batch of 16 samples
hidden = model[:2](x)                      # the output of CELU: same shape as its input
print(hidden.shape, model(x).shape)
#> torch.Size([16, 8]) torch.Size([16, 2])
print(hidden.min() > -2)                   # negative outputs saturate at -alpha = -2
#> tensor(True)
