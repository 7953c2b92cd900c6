import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                    [5.0, 3.0, 7.0, 4.0],
                    [0.0, 2.0, 4.0, 1.0],
                    [9.0, 1.0, 3.0, 8.0]]]])
print(F.avg_pool2d(x, 2, divisor_override=1))  # every window divided by 1: sum pooling
#> tensor([[[[15., 13.],
#>           [12., 16.]]]])
# The override replaces the divisor everywhere, border windows included.
print(F.avg_pool2d(x, 2, padding=1, divisor_override=1)[0, 0, 0])
#> tensor([1., 8., 0.])
