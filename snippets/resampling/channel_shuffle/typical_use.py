import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 12, 16, 16)
unit = nn.Sequential(                                   # the core of a ShuffleNet unit
    nn.Conv2d(12, 12, kernel_size=1, groups=3),          # grouped 1x1 convolution, 3 groups
    nn.ChannelShuffle(3),                                # mix the channels of the 3 groups
    nn.Conv2d(12, 12, kernel_size=3, padding=1, groups=12),  # depthwise convolution
)
print(unit(x).shape)
#> torch.Size([8, 12, 16, 16])
print(unit[1])
#> ChannelShuffle(groups=3)
