import torch
import torch.nn as nn

torch.manual_seed(0)
x2d = torch.randn(4, 3, 5, 5)  # (N, C, H, W): statistics over N, H and W for each channel
y = nn.BatchNorm2d(3)(x2d)
manual = (x2d - x2d.mean(dim=(0, 2, 3), keepdim=True)) / torch.sqrt(
    x2d.var(dim=(0, 2, 3), keepdim=True, correction=0) + 1e-5)
print(y.shape, torch.allclose(y, manual, atol=1e-5))
#> torch.Size([4, 3, 5, 5]) True

x3d = torch.randn(2, 3, 4, 5, 5)  # (N, C, D, H, W)
print(nn.BatchNorm3d(3)(x3d).shape)
#> torch.Size([2, 3, 4, 5, 5])
print(nn.BatchNorm1d(3)(torch.randn(4, 3, 7)).shape)  # (N, C, L): over N and L
#> torch.Size([4, 3, 7])
