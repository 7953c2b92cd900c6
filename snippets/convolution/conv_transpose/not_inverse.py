import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 1, 8, 8)
w = torch.randn(1, 1, 4, 4)
back = F.conv_transpose2d(F.conv2d(x, w, stride=2, padding=1), w, stride=2, padding=1)
print(back.shape == x.shape, torch.allclose(back, x, atol=1e-3))  # the shape comes back, the values do not
#> True False
