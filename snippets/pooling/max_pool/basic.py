import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                    [5.0, 3.0, 7.0, 4.0],
                    [0.0, 2.0, 4.0, 1.0],
                    [9.0, 1.0, 3.0, 8.0]]]])
pool = nn.MaxPool2d(kernel_size=2)  # stride defaults to kernel_size: 2x2 windows side by side
print(pool(x))
#> tensor([[[[6., 7.],
#>           [9., 8.]]]])
# A 3x3 window moved by 1: overlapping windows, the same maximum can be taken twice.
print(nn.MaxPool2d(kernel_size=3, stride=1)(x))
#> tensor([[[[7., 7.],
#>           [9., 8.]]]])
