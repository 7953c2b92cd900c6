import torch
import torch.nn as nn

torch.manual_seed(0)
pool = nn.LPPool2d(norm_type=2, kernel_size=2)  # the Euclidean norm of each 2 x 2 window
features = torch.randn(4, 16, 8, 8)  # (N, C, H, W)
out = pool(features)
print(features.shape, out.shape)
#> torch.Size([4, 16, 8, 8]) torch.Size([4, 16, 4, 4])
window = features[0, 0, :2, :2]
print(torch.allclose(out[0, 0, 0, 0], window.pow(2).sum().sqrt()))
#> True
