import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.zeros(4, 8, 5)  # (N, C, L): 32 channels
y = nn.FeatureAlphaDropout(p=0.5)(x)
# Whole channels are kept or dropped; every channel is constant.
print((y == y[..., :1]).all(), y.unique())
#> tensor(True) tensor([-0.7792,  0.7792])
# For input 0: kept channels become b = 0.7792, dropped ones a * (-alpha) + b = -0.7792.

# The docstring lists an unbatched (C, D, H, W) input, but dimension 0 is always read as the batch:
print("(C, D, H, W)" in nn.FeatureAlphaDropout.__doc__)
#> True
# an unbatched (C, D, H, W) = (8, 4, 3, 3) is dropped along D, so its 8 channels are no longer constant.
z = nn.FeatureAlphaDropout(p=0.5)(torch.zeros(8, 4, 3, 3)).flatten(1)
print((z == z[:, :1]).all())
#> tensor(False)
# Adding the batch dimension first gives channel dropout.
w = nn.FeatureAlphaDropout(p=0.5)(torch.zeros(8, 4, 3, 3).unsqueeze(0)).squeeze(0).flatten(1)
print((w == w[:, :1]).all())
#> tensor(True)
