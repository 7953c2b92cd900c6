import torch
import torch.nn.functional as F

# 2 output channels, r = 2: input channel k is filled with the value k
x = torch.arange(8.0).view(1, 8, 1, 1).expand(1, 8, 2, 3)
y = F.pixel_shuffle(x, 2)
print(y.shape)
#> torch.Size([1, 2, 4, 6])
print(y[0, 0])  # channels 0..3 tile output channel 0
#> tensor([[0., 1., 0., 1., 0., 1.],
#>         [2., 3., 2., 3., 2., 3.],
#>         [0., 1., 0., 1., 0., 1.],
#>         [2., 3., 2., 3., 2., 3.]])
print(y[0, 1])  # channels 4..7 tile output channel 1
#> tensor([[4., 5., 4., 5., 4., 5.],
#>         [6., 7., 6., 7., 6., 7.],
#>         [4., 5., 4., 5., 4., 5.],
#>         [6., 7., 6., 7., 6., 7.]])
