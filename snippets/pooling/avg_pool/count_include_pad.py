import torch
import torch.nn.functional as F

x = torch.ones(1, 1, 3, 3)
# 3 x 3 windows centered on every pixel, with one ring of zero padding
print(F.avg_pool2d(x, 3, stride=1, padding=1))  # the zeros count: corners 4 / 9, edges 6 / 9
#> tensor([[[[0.4444, 0.6667, 0.4444],
#>           [0.6667, 1.0000, 0.6667],
#>           [0.4444, 0.6667, 0.4444]]]])
print(F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False))  # divide by the real pixels only
#> tensor([[[[1., 1., 1.],
#>           [1., 1., 1.],
#>           [1., 1., 1.]]]])
