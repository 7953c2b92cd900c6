import torch
import torch.nn as nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import spectral_norm

torch.manual_seed(0)
layer = spectral_norm(nn.Linear(4, 3))
u = layer.parametrizations.weight[0]._u  # buffers of the power iteration
print(u.shape, layer.parametrizations.weight[0]._v.shape)
#> torch.Size([3]) torch.Size([4])

# Training mode: every access to layer.weight runs one more power iteration (n_power_iterations=1).
before = u.clone()
layer.weight
print(torch.equal(before, u))
#> False
# Evaluation mode: no iteration, the stored estimate is used.
layer.eval()
before = u.clone()
layer.weight
layer.weight
print(torch.equal(before, u))
#> True

# Inside parametrize.cached() the weight is computed once, however often it is read.
layer.train()
with parametrize.cached():
    before = u.clone()
    layer.weight
    after_first = u.clone()
    layer.weight
print(torch.equal(before, after_first), torch.equal(after_first, u))
#> False True
