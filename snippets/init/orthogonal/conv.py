import torch
import torch.nn as nn

# A Conv2d(16, 32, 3) weight (32, 16, 3, 3) is treated as a (32, 16 * 3 * 3) matrix.
conv = nn.Conv2d(16, 32, 3)
nn.init.orthogonal_(conv.weight)
rows = conv.weight.detach().reshape(32, -1)
print(rows.shape, torch.allclose(rows @ rows.T, torch.eye(32), atol=1e-5))
#> torch.Size([32, 144]) True
