import torch
import torch.nn.functional as F

image = torch.arange(16.0).view(1, 1, 4, 4)
shift = torch.tensor([[[1.0, 0.0, 0.5],     # x_in = x_out + 0.5: each output pixel reads further right
                       [0.0, 1.0, 0.0]]])
grid = F.affine_grid(shift, [1, 1, 4, 4], align_corners=False)
print(F.grid_sample(image, grid, align_corners=False)[0, 0])  # the content moves left by one pixel
#> tensor([[ 1.,  2.,  3.,  0.],
#>         [ 5.,  6.,  7.,  0.],
#>         [ 9., 10., 11.,  0.],
#>         [13., 14., 15.,  0.]])
zoom = torch.tensor([[[0.5, 0.0, 0.0],      # x_in = 0.5 * x_out: the middle half fills the output
                      [0.0, 0.5, 0.0]]])
grid = F.affine_grid(zoom, [1, 1, 4, 4], align_corners=False)
print(F.grid_sample(image, grid, align_corners=False)[0, 0])  # enlarged, not shrunk
#> tensor([[ 3.7500,  4.2500,  4.7500,  5.2500],
#>         [ 5.7500,  6.2500,  6.7500,  7.2500],
#>         [ 7.7500,  8.2500,  8.7500,  9.2500],
#>         [ 9.7500, 10.2500, 10.7500, 11.2500]])
