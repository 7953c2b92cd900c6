import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(16, 4)                 # a batch of 16 samples, 4 features each
hidden = model[1](model[0](x))         # what the ReLU passes on to the last layer
out = model(x)
print(x.shape, hidden.shape, out.shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 2])
print(bool((hidden >= 0).all()), torch.equal(hidden, F.relu(model[0](x))))  # never negative; F.relu is the same
#> True True
