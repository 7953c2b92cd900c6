import torch
import torch.nn.functional as F

x = torch.arange(5.0).view(1, 1, 5)  # again, each value is its own position
y = F.interpolate(x, scale_factor=1.7, mode="linear")
print(y.shape[-1], "= floor(5 * 1.7)")
#> 8 = floor(5 * 1.7)
print(y.flatten())                              # step 1 / 1.7 = 0.5882 input pixels
#> tensor([0.0000, 0.3824, 0.9706, 1.5588, 2.1471, 2.7353, 3.3235, 3.9118])
z = F.interpolate(x, scale_factor=1.7, mode="linear", recompute_scale_factor=True)
print(z.flatten())                              # step 5 / 8 = 0.625: the same as size=8
#> tensor([0.0000, 0.4375, 1.0625, 1.6875, 2.3125, 2.9375, 3.5625, 4.0000])
print(torch.equal(z, F.interpolate(x, size=8, mode="linear")))
#> True
