import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                    [5.0, 3.0, 7.0, 4.0],
                    [0.0, 2.0, 4.0, 1.0],
                    [9.0, 1.0, 3.0, 8.0]]]])
print(nn.AvgPool2d(2)(x))  # the mean of each 2 x 2 window: (1 + 6 + 5 + 3) / 4 = 3.75, ...
#> tensor([[[[3.7500, 3.2500],
#>           [3.0000, 4.0000]]]])
