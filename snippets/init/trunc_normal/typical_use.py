import torch
import torch.nn as nn

layer = nn.Linear(768, 3072)
std = 0.02
nn.init.trunc_normal_(layer.weight, std=std, a=-2 * std, b=2 * std)  # a and b are values, not multiples of std
nn.init.zeros_(layer.bias)
print(layer(torch.randn(4, 768)).shape, bool(layer.weight.abs().max() <= 2 * std))
#> torch.Size([4, 3072]) True
