import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
head = nn.Linear(3, 2)                          # two outputs per sample: a mean and a raw variance
inputs, target = torch.randn(8, 3), torch.randn(8, 1)
mean, raw = head(inputs).chunk(2, dim=1)        # (8, 1) each
var = F.softplus(raw)                           # the variance (not the std), kept positive
loss = nn.GaussianNLLLoss()(mean, target, var)  # the arguments: mean, target, variance
loss.backward()
print(mean.shape, var.shape, target.shape, loss.shape)
#> torch.Size([8, 1]) torch.Size([8, 1]) torch.Size([8, 1]) torch.Size([])
