import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.leaky_relu(x, 0.1, inplace=True)
print(x, y is x)  # the input itself was overwritten and returned
#> tensor([-0.1000,  0.5000,  2.0000]) True
print(nn.LeakyReLU(0.1, inplace=True))
#> LeakyReLU(negative_slope=0.1, inplace=True)

# Autograd works through the in-place form when the slope is >= 0.
w = torch.tensor([-1.0, 2.0], requires_grad=True)
F.leaky_relu(w * 1, 0.1, inplace=True).sum().backward()
print(w.grad)
#> tensor([0.1000, 1.0000])
