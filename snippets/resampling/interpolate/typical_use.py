import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
deep = torch.randn(2, 64, 15, 15)   # a decoder feature map
skip = torch.randn(2, 32, 31, 31)   # the encoder feature map to merge with (odd size)

up = F.interpolate(deep, size=skip.shape[-2:], mode="bilinear", align_corners=False)
merged = torch.cat([up, skip], dim=1)
out = nn.Conv2d(96, 32, kernel_size=3, padding=1)(merged)
print(up.shape, merged.shape, out.shape)
#> torch.Size([2, 64, 31, 31]) torch.Size([2, 96, 31, 31]) torch.Size([2, 32, 31, 31])
print(nn.Upsample(scale_factor=2, mode="bilinear")(deep).shape)  # scale_factor 2: 15 -> 30, not 31
#> torch.Size([2, 64, 30, 30])
