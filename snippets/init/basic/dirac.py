import torch
import torch.nn as nn

# dirac_ puts a single 1 at the kernel's center, linking output channel d to input channel d.
w = nn.init.dirac_(torch.empty(2, 2, 3))
print(w)
#> tensor([[[0., 1., 0.],
#>          [0., 0., 0.]],
#>
#>         [[0., 0., 0.],
#>          [0., 1., 0.]]])

# A 3x3 convolution with that weight (and padding 1, zero bias) returns its input.
conv = nn.Conv2d(3, 3, kernel_size=3, padding=1)
nn.init.dirac_(conv.weight)
nn.init.zeros_(conv.bias)
x = torch.randint(-9, 10, (2, 3, 8, 8)).float()  # whole numbers: every product is exact
print(torch.allclose(conv(x), x))
#> True

# More output channels than input channels: the first 3 copy the input, the other 2 are 0.
conv = nn.Conv2d(3, 5, kernel_size=3, padding=1, bias=False)
nn.init.dirac_(conv.weight)
y = conv(x)
print(torch.allclose(y[:, :3], x), y[:, 3:].abs().sum().item())
#> True 0.0
