import torch
import torch.nn as nn

torch.manual_seed(0)
# A convolutional block as in YOLOv4: convolution, batch normalization, Mish.
block = nn.Sequential(nn.Conv2d(3, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.Mish())
images = torch.randn(4, 3, 32, 32)        # a batch of 4 RGB images
features = block(images)
print(images.shape, features.shape)
#> torch.Size([4, 3, 32, 32]) torch.Size([4, 16, 32, 32])
print(features.min() > -0.31)             # Mish never goes below about -0.3088
#> tensor(True)
