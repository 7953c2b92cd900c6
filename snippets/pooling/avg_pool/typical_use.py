import torch
import torch.nn as nn

torch.manual_seed(0)
block = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.AvgPool2d(2))  # halves H and W
images = torch.randn(4, 3, 32, 32)  # (N, C, H, W)
features = block(images)
print(images.shape, features.shape)
#> torch.Size([4, 3, 32, 32]) torch.Size([4, 16, 16, 16])
