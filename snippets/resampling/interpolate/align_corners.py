import torch
import torch.nn.functional as F

x = torch.arange(4.0).view(1, 1, 4)  # the values 0 1 2 3 are their own positions
for corners in (False, True):
    y = F.interpolate(x, size=8, mode="linear", align_corners=corners)
    print(f"align_corners={corners}:", y.flatten())
    #> align_corners=False: tensor([0.0000, 0.2500, 0.7500, 1.2500, 1.7500, 2.2500, 2.7500, 3.0000])
    #> align_corners=True: tensor([0.0000, 0.4286, 0.8571, 1.2857, 1.7143, 2.1429, 2.5714, 3.0000])

# the source coordinate u of output pixel o, by the formulas of the page
o = torch.arange(8.0)
print(4 / 8 * (o + 0.5) - 0.5)  # align_corners=False, r = 4/8: -0.25 is clamped to 0, 3.25 reads pixel 3
#> tensor([-0.2500,  0.2500,  0.7500,  1.2500,  1.7500,  2.2500,  2.7500,  3.2500])
print(3 / 7 * o)                # align_corners=True,  r = (4-1)/(8-1)
#> tensor([0.0000, 0.4286, 0.8571, 1.2857, 1.7143, 2.1429, 2.5714, 3.0000])
