import torch
import torch.nn.functional as F

x = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0]]])
# dilation 2: a window of 3 elements takes every other position, spanning 2 * (3 - 1) + 1 = 5
out, idx = F.max_pool1d(x, 3, stride=1, dilation=2, return_indices=True)
print(out)
#> tensor([[[5., 9., 5.]]])
print(idx)  # the positions chosen: each window is (i, i + 2, i + 4)
#> tensor([[[4, 5, 4]]])
