import torch
import torch.nn as nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import weight_norm

layer = weight_norm(nn.Linear(3, 2))
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']
print(parametrize.is_parametrized(layer, "weight"))
#> True

weight = layer.weight.detach().clone()
parametrize.remove_parametrizations(layer, "weight")  # keeps the current value as a plain parameter
print(list(layer.state_dict()), torch.equal(layer.weight, weight))
#> ['bias', 'weight'] True
