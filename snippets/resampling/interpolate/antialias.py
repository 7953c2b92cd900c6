import torch
import torch.nn.functional as F

stripes = torch.tensor([0.0, 1.0] * 9).view(1, 1, 1, 18)  # the finest pattern an image can hold
for antialias in (False, True):
    small = F.interpolate(stripes, size=(1, 6), mode="bilinear", antialias=antialias)
    print(f"antialias={antialias}:", small.flatten())
    #> antialias=False: tensor([1., 0., 1., 0., 1., 0.])
    #> antialias=True: tensor([0.5000, 0.4444, 0.5556, 0.4444, 0.5556, 0.5000])
print("area:          ", F.interpolate(stripes, size=(1, 6), mode="area").flatten())
#> area:           tensor([0.3333, 0.6667, 0.3333, 0.6667, 0.3333, 0.6667])

# antialias=True is meant for align_corners=False: with True, not even the corners are kept
ramp = torch.arange(4.0).view(1, 1, 1, 4)
print(F.interpolate(ramp, size=(1, 7), mode="bilinear", align_corners=True).flatten())
#> tensor([0.0000, 0.5000, 1.0000, 1.5000, 2.0000, 2.5000, 3.0000])
print(F.interpolate(ramp, size=(1, 7), mode="bilinear", align_corners=True, antialias=True).flatten())
#> tensor([0.0000, 0.2500, 0.7500, 1.2500, 1.7500, 2.2500, 2.7500])
