import torch
import torch.nn.functional as F

x = torch.zeros(2, 3, 4, 5)  # (N, C, H, W)
print(F.pad(x, (1, 2)).shape)  # (left, right): the LAST dimension, W: 5 + 1 + 2
#> torch.Size([2, 3, 4, 8])
print(F.pad(x, (1, 2, 3, 4)).shape)  # then (top, bottom) for H: 4 + 3 + 4
#> torch.Size([2, 3, 11, 8])
print(F.pad(x, (0, 0, 0, 0, 1, 1)).shape)  # a third pair reaches C
#> torch.Size([2, 5, 4, 5])
