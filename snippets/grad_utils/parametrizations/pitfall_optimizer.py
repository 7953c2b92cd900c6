import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(0)
layer = nn.Linear(3, 2)
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)  # common mistake: built before weight_norm
layer = weight_norm(layer)
before = layer.weight.detach().clone()

layer(torch.ones(4, 3)).sum().backward()
optimizer.step()
print(torch.equal(layer.weight, before))  # the weight did not move
#> True
print(any(p is layer.parametrizations.weight.original1 for group in optimizer.param_groups for p in group["params"]))
#> False
