import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[-2.0, -0.5, 0.0], [0.5, 2.0, 100.0]])
print(nn.ReLU()(x))  # max(0, x), element by element
#> tensor([[  0.0000,   0.0000,   0.0000],
#>         [  0.5000,   2.0000, 100.0000]])
print(torch.equal(F.relu(x), nn.ReLU()(x)))
#> True
