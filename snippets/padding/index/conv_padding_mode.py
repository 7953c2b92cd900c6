import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, 3, padding=1, padding_mode="reflect")  # the convolution pads by itself
x = torch.randn(2, 3, 10, 10)
same = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"), conv.weight, conv.bias)  # pad, then no padding
print(conv(x).shape, torch.allclose(conv(x), same))
#> torch.Size([2, 8, 10, 10]) True
