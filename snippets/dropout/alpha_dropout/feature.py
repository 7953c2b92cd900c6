import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.zeros(4, 8, 5)  # (N, C, L): 32 channels
y = nn.FeatureAlphaDropout(p=0.5)(x)
# Whole channels are set to the saturation value; every channel is constant.
print((y == y[..., :1]).all(), y.unique())
#> tensor(True) tensor([-0.7792,  0.7792])
# For input 0: kept channels become b = 0.7792, dropped ones a * (-alpha) + b = -0.7792.

# The first dimension is always the batch: an unbatched (C, L) input is read as (N, C),
# so each of its elements is dropped on its own and the rows are no longer constant.
z = nn.FeatureAlphaDropout(p=0.5)(torch.zeros(8, 5))
print((z == z[:, :1]).all())
#> tensor(False)
