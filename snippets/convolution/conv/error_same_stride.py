import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    nn.Conv2d(3, 8, kernel_size=3, stride=2, padding="same")
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError padding='same' is not supported for strided convolutions
try:
    F.conv2d(torch.zeros(1, 3, 8, 8), torch.zeros(8, 3, 3, 3), stride=2, padding="same")
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError padding='same' is not supported for strided convolutions

# What people usually want: padding = k // 2 for an odd k, output = ceil(input / stride)
print(nn.Conv2d(3, 8, kernel_size=3, stride=2, padding=1)(torch.zeros(1, 3, 9, 9)).shape)
#> torch.Size([1, 8, 5, 5])
