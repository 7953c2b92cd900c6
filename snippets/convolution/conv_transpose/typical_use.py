import torch
import torch.nn as nn

torch.manual_seed(0)
up = nn.ConvTranspose2d(32, 16, kernel_size=4, stride=2, padding=1)  # doubles H and W
features = torch.randn(8, 32, 16, 16)  # e.g. the bottleneck of a decoder
out = up(features)
out.mean().backward()
print(features.shape, out.shape)
#> torch.Size([8, 32, 16, 16]) torch.Size([8, 16, 32, 32])
print(up.weight.shape, up.bias.shape)  # (C_in, C_out, kH, kW): the reverse of Conv2d
#> torch.Size([32, 16, 4, 4]) torch.Size([16])
