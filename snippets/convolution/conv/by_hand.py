import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])
w = torch.tensor([1.0, 0.0, -1.0])

# kernel 3, stride 2, padding 1: pad one zero at each end, take windows of 3 every 2 steps
windows = F.pad(x, (1, 1)).unfold(0, 3, 2)
print(windows)
#> tensor([[0., 1., 2.],
#>         [2., 3., 4.],
#>         [4., 5., 6.],
#>         [6., 7., 0.]])
print(windows @ w)  # each window times the kernel, as it is (not flipped)
#> tensor([-2., -2., -2.,  6.])
print(F.conv1d(x.view(1, 1, 7), w.view(1, 1, 3), stride=2, padding=1))
#> tensor([[[-2., -2., -2.,  6.]]])
