import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True)
x = torch.randn(2, 4, 16)
padding = torch.tensor([[False, False, False, False],
                        [False, False, True, True]])  # src_key_padding_mask: (N, S), per sample
out = layer(x, src_key_padding_mask=padding)

# Whatever the padded positions hold, the real positions' outputs do not change.
y = x.clone()
y[1, 2:] = 100.0
print(torch.allclose(layer(y, src_key_padding_mask=padding)[~padding], out[~padding], atol=1e-5))
#> True

# src_mask is (S, S) (or (N * H, S, S)): the same query-key rule for every sample.
only_neighbours = (torch.arange(4)[:, None] - torch.arange(4)).abs() > 1  # True = blocked
print(layer(x, src_mask=only_neighbours).shape)
#> torch.Size([2, 4, 16])
