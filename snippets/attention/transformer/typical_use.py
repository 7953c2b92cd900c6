import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2)
x = torch.randn(3, 6, 32)                                       # (N, S, E): 3 embedded sequences
padding = torch.arange(6) >= torch.tensor([6, 4, 2])[:, None]  # (N, S), True = padding
h = encoder(x, src_key_padding_mask=padding)                    # (N, S, E)
pooled = h.masked_fill(padding[..., None], 0.0).sum(dim=1) / (~padding).sum(dim=1, keepdim=True)
logits = nn.Linear(32, 5)(pooled)                               # mean over real tokens -> 5 classes
print(h.shape, logits.shape)
#> torch.Size([3, 6, 32]) torch.Size([3, 5])
