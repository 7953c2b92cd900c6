import torch
import torch.nn.functional as F

row = torch.tensor([[[[0.0, 10.0, 20.0, 30.0]]]])  # W = 4
pixel = torch.tensor([0.5, 1.5, 2.25, 2.5])        # where to read, in pixel units
x = (2 * pixel + 1) / 4 - 1                        # normalized, align_corners=False
points = torch.stack([x, torch.zeros(4)], dim=-1).view(1, 1, 4, 2)
for mode in ("nearest", "bilinear", "bicubic"):
    print(f"{mode:8}", F.grid_sample(row, points, mode=mode, align_corners=False).flatten())
    #> nearest  tensor([ 0., 20., 20., 20.])
    #> bilinear tensor([ 5.0000, 15.0000, 22.5000, 25.0000])
    #> bicubic  tensor([ 4.0625, 15.0000, 24.3750, 28.7500])
