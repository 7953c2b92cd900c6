import torch
import torch.nn as nn

conv = nn.LazyConv2d(16, kernel_size=3, padding="same")  # no in_channels
print(type(conv).__name__, conv.weight.__class__.__name__)
#> LazyConv2d UninitializedParameter
conv(torch.zeros(2, 5, 8, 8))  # the first call fixes in_channels = 5
print(type(conv).__name__, conv.in_channels, conv.weight.shape)
#> Conv2d 5 torch.Size([16, 5, 3, 3])
