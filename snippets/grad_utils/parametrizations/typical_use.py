import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm

torch.manual_seed(0)
layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[3.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))  # singular values 3 and 1
layer = spectral_norm(layer)  # from now on layer.weight is W / sigma(W)
out = layer(torch.randn(4, 3))
print(out.shape, [name for name, _ in layer.named_parameters()])
#> torch.Size([4, 2]) ['bias', 'parametrizations.weight.original']
print(round(torch.linalg.matrix_norm(layer.weight, ord=2).item(), 4))  # the largest singular value is now 1
#> 1.0
