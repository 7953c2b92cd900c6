import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, kernel_size=3)
try:
    conv(torch.zeros(1, 1, 28, 28))  # a grayscale image into a layer built for RGB
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 1, 28, 28] to have 3 channels, but got 1 channels instead
