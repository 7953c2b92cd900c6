import torch.nn as nn

# Unfold(kernel_size, dilation, padding, stride): not the order of Conv2d
print(nn.Unfold(3, 1, 2))
#> Unfold(kernel_size=3, dilation=1, padding=2, stride=1)
print(nn.Unfold(3, padding=1, stride=2))
#> Unfold(kernel_size=3, dilation=1, padding=1, stride=2)
