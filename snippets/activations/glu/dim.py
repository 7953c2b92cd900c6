import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(12.0).reshape(2, 6)
print(F.glu(x).shape, F.glu(x, dim=0).shape)  # the chosen dimension is halved
#> torch.Size([2, 3]) torch.Size([1, 6])
# dim=0 pairs row 0 (values) with row 1 (gates).
print(torch.allclose(F.glu(x, dim=0), x[0] * torch.sigmoid(x[1])))
#> True

# Gated convolution: the convolution produces 2 * C channels, GLU over dim=1 keeps C of them.
torch.manual_seed(0)
conv = nn.Conv1d(in_channels=4, out_channels=2 * 8, kernel_size=3, padding=1)
gated = nn.Sequential(conv, nn.GLU(dim=1))
print(gated(torch.randn(5, 4, 20)).shape)
#> torch.Size([5, 8, 20])
