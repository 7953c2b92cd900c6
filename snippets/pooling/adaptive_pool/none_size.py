import torch
import torch.nn as nn

x = torch.zeros(2, 8, 5, 7)
print(nn.AdaptiveAvgPool2d((None, 3))(x).shape)  # None keeps that dimension: H stays 5
#> torch.Size([2, 8, 5, 3])
print(nn.AdaptiveMaxPool2d(1)(x).shape, nn.AdaptiveAvgPool2d((2, 3))(x).shape)
#> torch.Size([2, 8, 1, 1]) torch.Size([2, 8, 2, 3])
