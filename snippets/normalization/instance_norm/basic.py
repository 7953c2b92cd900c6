import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 2.0, 4.0, 7.0], [0.0, 10.0, 0.0, 10.0]],
                  [[5.0, 5.0, 7.0, 7.0], [-1.0, 0.0, 1.0, 2.0]]])  # (N=2, C=2, L=4)
y = nn.InstanceNorm1d(2)(x)
print(y)
#> tensor([[[-1.0911, -0.6547,  0.2182,  1.5275],
#>          [-1.0000,  1.0000, -1.0000,  1.0000]],
#>
#>         [[-1.0000, -1.0000,  1.0000,  1.0000],
#>          [-1.3416, -0.4472,  0.4472,  1.3416]]])
# Every (sample, channel) row is normalized on its own, over L: mean 0, biased variance 1 (up to eps).
print(torch.allclose(y.mean(dim=2), torch.zeros(2, 2), atol=1e-6), y.var(dim=2, correction=0))
#> True tensor([[1.0000, 1.0000],
#>         [1.0000, 1.0000]])
manual = (x - x.mean(dim=2, keepdim=True)) / torch.sqrt(x.var(dim=2, keepdim=True, correction=0) + 1e-5)
print(torch.allclose(y, manual, atol=1e-6))
#> True
