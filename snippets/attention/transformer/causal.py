import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True)
decoder_only = nn.TransformerEncoder(layer, num_layers=2)  # an encoder with a causal mask
x = torch.randn(1, 6, 16)
mask = nn.Transformer.generate_square_subsequent_mask(6)   # float, -inf above the diagonal
out = decoder_only(x, mask=mask, is_causal=True)

# Changing the last 3 tokens leaves the first 3 outputs as they were.
y = x.clone()
y[:, 3:] = torch.randn(1, 3, 16)
print(torch.allclose(decoder_only(y, mask=mask, is_causal=True)[:, :3], out[:, :3], atol=1e-6))
#> True
print(torch.allclose(decoder_only(y)[:, :3], decoder_only(x)[:, :3], atol=1e-6))  # without the mask
#> False
