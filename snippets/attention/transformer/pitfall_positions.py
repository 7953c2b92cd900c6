import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True)
x = torch.randn(1, 5, 16)
perm = torch.tensor([4, 2, 0, 1, 3])

# No positional information: shuffling the tokens only shuffles the outputs.
print(torch.allclose(layer(x[:, perm]), layer(x)[:, perm], atol=1e-5))
#> True

# With a (learned) position embedding added, the order matters.
positions = torch.randn(1, 5, 16)
print(torch.allclose(layer(x[:, perm] + positions), layer(x + positions)[:, perm], atol=1e-5))
#> False
