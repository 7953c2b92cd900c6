import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 3, 5, 5)
bilinear2d = nn.UpsamplingBilinear2d(scale_factor=2)
print(bilinear2d)
#> UpsamplingBilinear2d(scale_factor=2.0, mode='bilinear')
print(torch.equal(bilinear2d(x), F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True)))
#> True
print(torch.equal(bilinear2d(x), nn.Upsample(scale_factor=2, mode="bilinear")(x)))
#> False
print(torch.equal(nn.UpsamplingNearest2d(scale_factor=2)(x), nn.Upsample(scale_factor=2)(x)))
#> True
print(nn.Upsample(size=(7, 9), mode="bicubic", align_corners=False))
#> Upsample(size=(7, 9), mode='bicubic')
