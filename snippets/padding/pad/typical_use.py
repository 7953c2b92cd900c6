import torch
import torch.nn as nn

torch.manual_seed(0)
# Mirror the border instead of adding zeros, then a 3 x 3 convolution without padding keeps the size.
block = nn.Sequential(nn.ReflectionPad2d(1), nn.Conv2d(3, 16, kernel_size=3))
images = torch.randn(4, 3, 32, 32)  # (N, C, H, W)
print(nn.ReflectionPad2d(1)(images).shape, block(images).shape)
#> torch.Size([4, 3, 34, 34]) torch.Size([4, 16, 32, 32])
