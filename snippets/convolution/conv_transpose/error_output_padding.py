import torch
import torch.nn as nn

up = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, output_padding=2)  # built without complaint
try:
    up(torch.zeros(1, 1, 4, 4))
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError output padding must be smaller than either stride or dilation, but got output_padding_height: 2 output_padding_width: 2 stride_height: 2 stride_width: 2 dilation_height: 1 dilation_width: 1

# with stride 1, a dilation of 2 makes output_padding=1 legal
print(nn.ConvTranspose2d(1, 1, kernel_size=3, dilation=2, output_padding=1)(torch.zeros(1, 1, 4, 4)).shape)
#> torch.Size([1, 1, 9, 9])
