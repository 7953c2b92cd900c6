import torch
import torch.nn.functional as F

x = torch.ones(1, 1, 4, 4)  # a constant image
# kernel 3, stride 2: the copies overlap unevenly, a checkerboard even on a constant input
print(F.conv_transpose2d(x, torch.ones(1, 1, 3, 3), stride=2, padding=1, output_padding=1)[0, 0])
#> tensor([[1., 2., 1., 2., 1., 2., 1., 1.],
#>         [2., 4., 2., 4., 2., 4., 2., 2.],
#>         [1., 2., 1., 2., 1., 2., 1., 1.],
#>         [2., 4., 2., 4., 2., 4., 2., 2.],
#>         [1., 2., 1., 2., 1., 2., 1., 1.],
#>         [2., 4., 2., 4., 2., 4., 2., 2.],
#>         [1., 2., 1., 2., 1., 2., 1., 1.],
#>         [1., 2., 1., 2., 1., 2., 1., 1.]])
# kernel 4, stride 2: every inner pixel gets 2 x 2 copies
print(F.conv_transpose2d(x, torch.ones(1, 1, 4, 4), stride=2, padding=1)[0, 0])
#> tensor([[1., 2., 2., 2., 2., 2., 2., 1.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [2., 4., 4., 4., 4., 4., 4., 2.],
#>         [1., 2., 2., 2., 2., 2., 2., 1.]])
