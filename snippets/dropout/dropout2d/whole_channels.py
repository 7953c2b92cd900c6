import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(16, 64, 4, 4)  # (N, C, H, W): 1024 feature maps of 4x4
y = F.dropout2d(x, p=0.2).flatten(2)  # one row of 16 values per (sample, channel)
# Each map is zeroed as a whole or scaled as a whole by 1 / (1 - p) = 1.25.
print((y == y[..., :1]).all(), y.unique())
#> tensor(True) tensor([0.0000, 1.2500])
print(round((y[..., 0] == 0).float().mean().item(), 1))  # about p of the 1024 maps are dropped
#> 0.2
# Element-wise dropout zeroes scattered pixels instead: no map is dropped entirely.
print((F.dropout(x, p=0.2) == 0).flatten(2).all(-1).any())
#> tensor(False)

# Evaluation mode and p=0 return the input itself; p=1 zeroes everything.
print(F.dropout2d(x, training=False) is x, F.dropout2d(x, p=0.0) is x, F.dropout2d(x, p=1.0).abs().max())
#> True True tensor(0.)
