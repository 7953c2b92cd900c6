import torch
import torch.nn.functional as F

x = torch.arange(5.0).view(1, 1, 5)  # each value is its own index
print(F.interpolate(x, size=3, mode="nearest").flatten())        # floor(o * 5/3)
#> tensor([0., 1., 3.])
print(F.interpolate(x, size=3, mode="nearest-exact").flatten())  # floor((o + 0.5) * 5/3)
#> tensor([0., 2., 4.])
print(F.interpolate(x, size=7, mode="nearest").flatten())
#> tensor([0., 0., 1., 2., 2., 3., 4.])
print(F.interpolate(x, size=7, mode="nearest-exact").flatten())
#> tensor([0., 1., 1., 2., 3., 3., 4.])
