import torch
import torch.nn as nn

up = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)
x = torch.zeros(1, 1, 4, 4)
skip = torch.zeros(1, 1, 8, 8)  # the encoder feature map the output must match

print(up(x, output_size=(7, 7)).shape, up(x, output_size=skip.shape).shape)
#> torch.Size([1, 1, 7, 7]) torch.Size([1, 1, 8, 8])
try:
    up(x, output_size=(9, 9))
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError requested an output size of (9, 9), but valid sizes range from [7, 7] to [8, 8] (for an input of torch.Size([4, 4]))
