import torch
import torch.nn.functional as F

image = torch.arange(16.0).view(4, 4, 1)              # (C, H, W): the value is 4 * channel + row
print(F.channel_shuffle(image, 2)[:, :, 0])           # read as (N, C, L): the rows were shuffled
#> tensor([[ 0.,  2.,  1.,  3.],
#>         [ 4.,  6.,  5.,  7.],
#>         [ 8., 10.,  9., 11.],
#>         [12., 14., 13., 15.]])
print(F.channel_shuffle(image[None], 2)[0, :, :, 0])  # with a batch dimension: the channels
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 8.,  9., 10., 11.],
#>         [ 4.,  5.,  6.,  7.],
#>         [12., 13., 14., 15.]])
