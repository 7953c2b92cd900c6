import torch
import torch.nn as nn

print(nn.init.eye_(torch.empty(2, 4)))
#> tensor([[1., 0., 0., 0.],
#>         [0., 1., 0., 0.]])
print(nn.init.eye_(torch.empty(4, 2)))
#> tensor([[1., 0.],
#>         [0., 1.],
#>         [0., 0.],
#>         [0., 0.]])

# A Linear layer with an identity weight and a zero bias passes its input through.
layer = nn.Linear(3, 3)
nn.init.eye_(layer.weight)
nn.init.zeros_(layer.bias)
x = torch.tensor([[1.0, -2.0, 3.0]])
print(layer(x))
#> tensor([[ 1., -2.,  3.]], grad_fn=<AddmmBackward0>)
