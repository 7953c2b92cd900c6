import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
w = torch.tensor([1.0, 10.0, 100.0])

# each input value leaves value * kernel on the output, starting at 2 * i (stride 2)
copies = torch.zeros(3, 7)
for i in range(3):
    copies[i, 2 * i:2 * i + 3] = x[i] * w
print(copies)
#> tensor([[  1.,  10., 100.,   0.,   0.,   0.,   0.],
#>         [  0.,   0.,   2.,  20., 200.,   0.,   0.],
#>         [  0.,   0.,   0.,   0.,   3.,  30., 300.]])
print(copies.sum(dim=0))  # overlapping copies add up
#> tensor([  1.,  10., 102.,  20., 203.,  30., 300.])
print(F.conv_transpose1d(x.view(1, 1, 3), w.view(1, 1, 3), stride=2))
#> tensor([[[  1.,  10., 102.,  20., 203.,  30., 300.]]])
