import torch
import torch.nn as nn

try:
    nn.ConvTranspose2d(1, 1, kernel_size=3, padding=1, padding_mode="reflect")
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError Only "zeros" padding mode is supported for ConvTranspose2d

up = nn.ConvTranspose2d(1, 1, kernel_size=3, padding="same")  # accepted here...
try:
    up(torch.zeros(1, 1, 4, 4))  # ...and refused at the first call
except TypeError as e:
    print(type(e).__name__, e)
    #> TypeError conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, but found element of type str at pos 0
