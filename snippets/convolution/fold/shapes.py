import torch
import torch.nn.functional as F

x = torch.zeros(2, 3, 10, 7)
print(F.unfold(x, kernel_size=3).shape)  # L = 8 * 5 = 40 windows of 3 * 3 * 3 = 27 values
#> torch.Size([2, 27, 40])
print(F.unfold(x, kernel_size=(3, 2), stride=2, padding=1).shape)  # L = 5 * 4
#> torch.Size([2, 18, 20])
print(F.unfold(x, kernel_size=3, dilation=2).shape)  # L = 6 * 3
#> torch.Size([2, 27, 18])
print(F.unfold(x[0], kernel_size=3).shape)  # unbatched (C, H, W) -> (C * kH * kW, L)
#> torch.Size([27, 40])

cols = torch.zeros(2, 27, 40)
print(F.fold(cols, output_size=(10, 7), kernel_size=3).shape)
#> torch.Size([2, 3, 10, 7])
