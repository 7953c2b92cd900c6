import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.linspace(-2, 2, 24).reshape(2, 3, 2, 2)  # (N, C, H, W)
# Softmax2d is softmax over dim -3, the channel dim of (N, C, H, W) and of (C, H, W)
print(torch.equal(nn.Softmax2d()(x), F.softmax(x, dim=-3)), torch.equal(nn.Softmax2d()(x), F.softmax(x, dim=1)))
#> True True
unbatched = x[0]  # (C, H, W): the channels are now dim 0
print(torch.equal(nn.Softmax2d()(unbatched), F.softmax(unbatched, dim=0)))
#> True
# torch.nn.functional has no softmax2d: call F.softmax(x, dim=-3)
print(hasattr(F, "softmax2d"))
#> False
