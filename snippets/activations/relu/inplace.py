import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.relu(x, inplace=True)
print(x)  # the input itself was overwritten
#> tensor([0.0000, 0.5000, 2.0000])
print(y is x)  # and it is what the call returns
#> True
print(nn.ReLU(inplace=True))
#> ReLU(inplace=True)

# Safe right after a layer whose backward does not need its output (Linear, Conv2d):
w = torch.tensor([[1.0, -2.0], [0.5, 1.0]], requires_grad=True)
h = torch.tensor([[1.0, 1.0]]) @ w  # what Linear computes; h = [[1.5, -1.0]]
F.relu(h, inplace=True).sum().backward()
print(w.grad)
#> tensor([[1., 0.],
#>         [1., 0.]])

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(inplace=True), nn.Flatten(), nn.Linear(16, 2), nn.ReLU(inplace=True))
net(torch.randn(1, 3, 4, 4)).sum().backward()
print(net[0].weight.grad.shape)  # backward ran through both in-place ReLUs
#> torch.Size([4, 3, 3, 3])
