import torch
import torch.nn.functional as F

x = torch.arange(18.0).reshape(1, 2, 3, 3)  # 2 channels of 3x3: 0..8 and 9..17
cols = F.unfold(x, kernel_size=2)
print(cols.shape)
#> torch.Size([1, 8, 4])
print(cols[0])  # rows: (channel, kernel row, kernel column); columns: windows, row by row
#> tensor([[ 0.,  1.,  3.,  4.],
#>         [ 1.,  2.,  4.,  5.],
#>         [ 3.,  4.,  6.,  7.],
#>         [ 4.,  5.,  7.,  8.],
#>         [ 9., 10., 12., 13.],
#>         [10., 11., 13., 14.],
#>         [12., 13., 15., 16.],
#>         [13., 14., 16., 17.]])
print(cols[0, :, 3].view(2, 2, 2))  # the last window, back in (C, kH, kW)
#> tensor([[[ 4.,  5.],
#>          [ 7.,  8.]],
#>
#>         [[13., 14.],
#>          [16., 17.]]])
