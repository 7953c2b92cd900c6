import torch
import torch.nn as nn

torch.manual_seed(0)
pool = nn.FractionalMaxPool2d(kernel_size=2, output_ratio=0.7)  # shrink by about 1 / sqrt(2)
features = torch.randn(4, 16, 32, 32)  # (N, C, H, W)
out = pool(features)
print(features.shape, out.shape)  # int(32 * 0.7) = 22
#> torch.Size([4, 16, 32, 32]) torch.Size([4, 16, 22, 22])
print(torch.equal(pool(features), pool(features)))  # new random windows at every call
#> False
