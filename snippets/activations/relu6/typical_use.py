import torch
import torch.nn as nn

torch.manual_seed(0)
block = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU6(inplace=True))
images = torch.randn(2, 3, 16, 16)  # a batch of 2 RGB images, 16 x 16
out = block(images)
print(images.shape, out.shape)
#> torch.Size([2, 3, 16, 16]) torch.Size([2, 8, 16, 16])
print(out.min().item() >= 0, out.max().item() <= 6)  # every value lies in [0, 6]
#> True True
