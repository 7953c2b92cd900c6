import torch
import torch.nn as nn

# groups=2: a weight of shape (4, 2, 3, 3), two groups of two output channels.
conv = nn.Conv2d(4, 4, kernel_size=3, padding=1, groups=2, bias=False)
x = torch.randint(-9, 10, (1, 4, 5, 5)).float()

nn.init.dirac_(conv.weight, groups=2)
print(conv.weight.detach()[:, :, 1, 1])  # the center of each kernel
#> tensor([[1., 0.],
#>         [0., 1.],
#>         [1., 0.],
#>         [0., 1.]])
print(torch.allclose(conv(x), x))
#> True

nn.init.dirac_(conv.weight)  # groups=1 by mistake: channels 2 and 3 get no kernel
print(conv.weight.detach()[:, :, 1, 1])
#> tensor([[1., 0.],
#>         [0., 1.],
#>         [0., 0.],
#>         [0., 0.]])
print(torch.allclose(conv(x), x), conv(x)[:, 2:].abs().sum().item())
#> False 0.0
