import torch
import torch.nn.functional as F

image = torch.arange(12.0).view(1, 1, 3, 4)  # 3 rows, 4 columns
print(image[0, 0])
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 8.,  9., 10., 11.]])
points = torch.tensor([[[[1.0, -1.0],      # x = 1 (right), y = -1 (top)
                         [-1.0, 1.0]]]])   # x = -1 (left), y = 1 (bottom)
print(F.grid_sample(image, points, align_corners=True).flatten())
#> tensor([3., 8.])
