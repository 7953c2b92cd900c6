import torch
import torch.nn as nn
import torch.nn.functional as F

# The two numbers the original notes got from torch.randn(2), written as literals.
x = torch.tensor([1.4964, -0.6114])
print(nn.ReLU()(x))
#> tensor([1.4964, 0.0000])
print(F.relu(x))
#> tensor([1.4964, 0.0000])

# max(0, x) element by element, on any shape.
x = torch.tensor([[-2.0, -0.5, 0.0], [0.5, 2.0, 100.0]])
print(F.relu(x))
#> tensor([[  0.0000,   0.0000,   0.0000],
#>         [  0.5000,   2.0000, 100.0000]])
print(torch.equal(F.relu(x), torch.maximum(x, torch.zeros_like(x))))
#> True
