import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
layer = nn.Linear(4, 3)
with torch.no_grad():
    layer.bias.fill_(-100.0)  # e.g. after a too large update: every pre-activation is negative
x = torch.randn(8, 4)

out = F.relu(layer(x))
out.sum().backward()
print(torch.count_nonzero(out).item())  # every unit outputs 0 ...
#> 0
print(torch.count_nonzero(layer.weight.grad).item(), torch.count_nonzero(layer.bias.grad).item())  # ... and gets no gradient
#> 0 0

# A small negative slope keeps a gradient flowing.
layer.zero_grad()
F.leaky_relu(layer(x), 0.01).sum().backward()
print(layer.bias.grad)  # 8 samples x slope 0.01 per unit
#> tensor([0.0800, 0.0800, 0.0800])
