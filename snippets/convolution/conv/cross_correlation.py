import numpy as np
import torch
import torch.nn.functional as F

impulse = torch.tensor([[[0.0, 0.0, 1.0, 0.0, 0.0]]])
w = torch.tensor([[[1.0, 2.0, 3.0]]])

# PyTorch's "convolution" slides the kernel without flipping it (cross-correlation):
# the response to a single 1 is the kernel reversed
print(F.conv1d(impulse, w, padding=1))
#> tensor([[[0., 3., 2., 1., 0.]]])
# convolution in the mathematical sense flips the kernel first
print(F.conv1d(impulse, w.flip(-1), padding=1))
#> tensor([[[0., 1., 2., 3., 0.]]])
print(np.convolve([0, 0, 1, 0, 0], [1, 2, 3], mode="same"))
#> [0 1 2 3 0]
