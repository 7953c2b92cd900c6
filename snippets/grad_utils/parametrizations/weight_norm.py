import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm

layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[3.0, 4.0, 0.0], [0.0, 0.0, 2.0]]))
layer = weight_norm(layer)  # dim=0: one g per output row
g = layer.parametrizations.weight.original0  # the norms of the rows, shape (out, 1)
v = layer.parametrizations.weight.original1  # the direction, the original weight at first
print(g, v, sep="\n")
#> Parameter containing:
#> tensor([[5.],
#>         [2.]], requires_grad=True)
#> Parameter containing:
#> tensor([[3., 4., 0.],
#>         [0., 0., 2.]], requires_grad=True)
print(layer.weight)  # g * v / ||v||: unchanged at first
#> tensor([[3., 4., 0.],
#>         [0., 0., 2.]], grad_fn=<WeightNormInterfaceBackward0>)

with torch.no_grad():
    g.mul_(2.0)  # doubling g doubles the rows; the direction stays v
print(layer.weight)
#> tensor([[6., 8., 0.],
#>         [0., 0., 4.]], grad_fn=<WeightNormInterfaceBackward0>)
