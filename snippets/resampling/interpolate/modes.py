import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 4.0, 8.0]]])  # (N, C, L): one row of 4 values
print("nearest      ", F.interpolate(x, scale_factor=2, mode="nearest"))
#> nearest       tensor([[[1., 1., 2., 2., 4., 4., 8., 8.]]])
print("nearest-exact", F.interpolate(x, scale_factor=2, mode="nearest-exact"))
#> nearest-exact tensor([[[1., 1., 2., 2., 4., 4., 8., 8.]]])
print("linear       ", F.interpolate(x, scale_factor=2, mode="linear"))
#> linear        tensor([[[1.0000, 1.2500, 1.7500, 2.5000, 3.5000, 5.0000, 7.0000, 8.0000]]])
print("linear, align", F.interpolate(x, scale_factor=2, mode="linear", align_corners=True))
#> linear, align tensor([[[1.0000, 1.4286, 1.8571, 2.5714, 3.4286, 4.5714, 6.2857, 8.0000]]])
# bicubic needs a 4-D input: the same row as a 1 x 4 image
print("bicubic      ", F.interpolate(x[None], scale_factor=(1, 2), mode="bicubic")[0])
#> bicubic       tensor([[[0.8945, 1.1562, 1.5625, 2.4180, 3.1602, 5.1172, 7.1641, 8.4219]]])
print("area, 4 -> 2 ", F.interpolate(x, size=2, mode="area"))
#> area, 4 -> 2  tensor([[[1.5000, 6.0000]]])
