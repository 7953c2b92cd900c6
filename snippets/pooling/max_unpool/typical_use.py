import torch
import torch.nn as nn

torch.manual_seed(0)
pool = nn.MaxPool2d(2, return_indices=True)
unpool = nn.MaxUnpool2d(2)
features = torch.randn(4, 8, 32, 32)         # (N, C, H, W)
pooled, indices = pool(features)             # keep where each maximum came from
restored = unpool(pooled, indices)           # maxima back in place, zeros elsewhere
print(pooled.shape, restored.shape, (restored != 0).sum().item() == pooled.numel())
#> torch.Size([4, 8, 16, 16]) torch.Size([4, 8, 32, 32]) True
