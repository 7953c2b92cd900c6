import torch
import torch.nn as nn

inf, nan = float("inf"), float("nan")
# (C=2, H=1, W=5): each pixel is normalized on its own; a bad value spoils only its pixel.
x = torch.tensor([[[0.0, -inf, -inf, nan, inf]],
                  [[0.0, 0.0, -inf, 1.0, 1.0]]])
print(nn.Softmax2d()(x))
#> tensor([[[0.5000, 0.0000,    nan,    nan,    nan]],
#>
#>         [[0.5000, 1.0000,    nan,    nan,    nan]]])
# empty batch or empty image
print(nn.Softmax2d()(torch.empty(0, 3, 4, 4)).shape, nn.Softmax2d()(torch.empty(3, 0, 4)).shape)
#> torch.Size([0, 3, 4, 4]) torch.Size([3, 0, 4])
