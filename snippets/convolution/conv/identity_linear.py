import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(8, 4, kernel_size=1, dtype=torch.float64)
linear = nn.Linear(8, 4, dtype=torch.float64)
linear.weight.data = conv.weight.data.view(4, 8)
linear.bias.data = conv.bias.data

x = torch.randn(2, 8, 5, 5, dtype=torch.float64)
# a 1x1 convolution is the same Linear layer applied at every pixel, over the channels
print(torch.allclose(conv(x), linear(x.movedim(1, -1)).movedim(-1, 1)))
#> True
