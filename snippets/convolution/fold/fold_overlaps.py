import torch
import torch.nn.functional as F

x = torch.arange(1.0, 17.0).reshape(1, 1, 4, 4)
# overlapping 3x3 windows: fold adds each pixel once per window that holds it
count = F.fold(F.unfold(torch.ones_like(x), kernel_size=3), (4, 4), kernel_size=3)
print(count[0, 0])
#> tensor([[1., 2., 2., 1.],
#>         [2., 4., 4., 2.],
#>         [2., 4., 4., 2.],
#>         [1., 2., 2., 1.]])
back = F.fold(F.unfold(x, kernel_size=3), (4, 4), kernel_size=3)
print(torch.equal(back, x * count), torch.equal(back / count, x))
#> True True

# non-overlapping windows (stride = kernel_size): fold undoes unfold exactly
print(torch.equal(F.fold(F.unfold(x, 2, stride=2), (4, 4), 2, stride=2), x))
#> True
