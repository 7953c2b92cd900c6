import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import orthogonal

torch.manual_seed(0)
layer = orthogonal(nn.Linear(4, 4))
print([name for name, _ in layer.named_parameters()], [name for name, _ in layer.named_buffers()])
#> ['bias', 'parametrizations.weight.original'] ['parametrizations.weight.0.base']
W = layer.weight
print(torch.allclose(W @ W.T, torch.eye(4), atol=1e-5))
#> True

# A training step changes `original`; the weight it produces is orthogonal again.
optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
layer(torch.randn(8, 4)).pow(2).sum().backward()
optimizer.step()
W = layer.weight
print(torch.allclose(W @ W.T, torch.eye(4), atol=1e-5))
#> True

# A 3 x 5 weight gets orthonormal rows.
wide = orthogonal(nn.Linear(5, 3))
print(torch.allclose(wide.weight @ wide.weight.T, torch.eye(3), atol=1e-5))
#> True
