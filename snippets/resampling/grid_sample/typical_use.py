import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
images = torch.randn(4, 3, 32, 32)
a = math.radians(30)
theta = torch.tensor([[math.cos(a), -math.sin(a), 0.0],
                      [math.sin(a), math.cos(a), 0.0]]).expand(4, 2, 3)  # one 2x3 matrix per image
grid = F.affine_grid(theta, list(images.shape), align_corners=False)     # (N, H, W, 2): an (x, y) per pixel
rotated = F.grid_sample(images, grid, align_corners=False)
print(theta.shape, grid.shape, rotated.shape)
#> torch.Size([4, 2, 3]) torch.Size([4, 32, 32, 2]) torch.Size([4, 3, 32, 32])
