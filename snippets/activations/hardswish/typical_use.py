import torch
import torch.nn as nn

torch.manual_seed(0)
# The first block of MobileNetV3: a stride-2 convolution, batch normalization, Hardswish.
block = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.BatchNorm2d(16), nn.Hardswish())
images = torch.randn(2, 3, 32, 32)  # a batch of 2 RGB images, 32 x 32
out = block(images)
print(images.shape, out.shape)
#> torch.Size([2, 3, 32, 32]) torch.Size([2, 16, 16, 16])
print(out.min().item() >= -0.375)  # Hardswish never goes below -3/8
#> True
