import torch
import torch.nn as nn

torch.manual_seed(0)
features = torch.randn(8, 64, 24, 24)  # low-resolution features
upscale = nn.Sequential(
    nn.Conv2d(64, 3 * 2 ** 2, kernel_size=3, padding=1),  # 3 channels x r^2 sub-pixels, r = 2
    nn.PixelShuffle(2),
)
image = upscale(features)
print(image.shape)
#> torch.Size([8, 3, 48, 48])
print(nn.PixelUnshuffle(2)(image).shape)  # back to 12 channels of 24 x 24
#> torch.Size([8, 12, 24, 24])
