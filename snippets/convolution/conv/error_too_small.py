import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, kernel_size=3)
try:
    conv(torch.zeros(1, 3, 2, 8))  # only 2 rows for a kernel of 3
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Calculated padded input size per channel: (2 x 8). Kernel size: (3 x 3). Kernel size can't be greater than actual input size
try:
    nn.Conv1d(3, 8, kernel_size=3, dilation=4)(torch.zeros(1, 3, 8))  # the dilated kernel spans 9
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Calculated padded input size per channel: (8). Kernel size: (9). Kernel size can't be greater than actual input size
