import torch
import torch.nn as nn

x = torch.arange(6.0).reshape(1, 2, 3)  # (C, H, W)
print(nn.ZeroPad2d(1).padding, nn.ConstantPad1d((1, 2), 0.5).padding, nn.CircularPad3d(1).padding)
#> (1, 1, 1, 1) (1, 2) (1, 1, 1, 1, 1, 1)
print(nn.ReflectionPad2d((1, 1, 0, 0))(x))  # the same order as F.pad: (left, right, top, bottom)
#> tensor([[[1., 0., 1., 2., 1.],
#>          [4., 3., 4., 5., 4.]]])
print(nn.ZeroPad2d(1)(torch.zeros(5, 5)).shape)  # zero and constant padding accept any rank
#> torch.Size([7, 7])
try:
    nn.CircularPad2d(1)(torch.zeros(5, 5))  # the other modules need (C, H, W) or (N, C, H, W)
except ValueError as error:
    print(error)
    #> expected 3D or 4D input (got 2D input)
