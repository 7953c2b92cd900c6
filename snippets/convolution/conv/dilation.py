import torch
import torch.nn.functional as F

impulse = torch.zeros(1, 1, 9)
impulse[0, 0, 4] = 1.0
w = torch.tensor([[[1.0, 2.0, 3.0]]])

# dilation 2 spaces the taps 2 apart: a kernel of 3 covers 2 * (3 - 1) + 1 = 5 inputs
print(F.conv1d(impulse, w, padding=1, dilation=1))
#> tensor([[[0., 0., 0., 3., 2., 1., 0., 0., 0.]]])
print(F.conv1d(impulse, w, padding=2, dilation=2))
#> tensor([[[0., 0., 3., 0., 2., 0., 1., 0., 0.]]])
print(F.conv1d(impulse, w, dilation=2).shape)  # no padding: 9 - 5 + 1 = 5 outputs
#> torch.Size([1, 1, 5])
