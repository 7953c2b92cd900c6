import torch
import torch.nn as nn

down = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
print(down(torch.zeros(1, 1, 7, 7)).shape, down(torch.zeros(1, 1, 8, 8)).shape)  # 7 and 8 both give 4
#> torch.Size([1, 1, 4, 4]) torch.Size([1, 1, 4, 4])

# going back from 4, the transposed convolution must pick one: 7 by default, 8 with output_padding=1
small = torch.zeros(1, 1, 4, 4)
print(nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)(small).shape)
#> torch.Size([1, 1, 7, 7])
print(nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)(small).shape)
#> torch.Size([1, 1, 8, 8])
