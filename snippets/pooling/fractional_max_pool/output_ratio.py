import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.randn(1, 1, 9, 10)
print(nn.FractionalMaxPool2d(2, output_ratio=0.5)(x).shape)  # int(9 * 0.5) = 4, int(10 * 0.5) = 5
#> torch.Size([1, 1, 4, 5])
print(F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5)).shape)
#> torch.Size([1, 1, 4, 5])
try:
    F.fractional_max_pool2d(x, 2, output_ratio=0.5)  # the function wants a tuple
except TypeError as error:
    print(error)
    #> object of type 'float' has no len()
