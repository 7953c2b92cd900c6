import torch
import torch.nn as nn

torch.manual_seed(0)
# The feed-forward block of a Transformer: widen, GELU, project back.
ffn = nn.Sequential(nn.Linear(16, 64), nn.GELU(), nn.Linear(64, 16))
tokens = torch.randn(2, 5, 16)       # (batch, sequence, features)
hidden = ffn[:2](tokens)             # the output of GELU: same shape as its input
out = ffn(tokens)
print(hidden.shape, out.shape)
#> torch.Size([2, 5, 64]) torch.Size([2, 5, 16])
print(hidden.min() > -0.17)          # GELU never goes below about -0.17
#> tensor(True)
