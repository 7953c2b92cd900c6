import torch
import torch.nn as nn
import torch.nn.functional as F

N, L, E, H = 2, 5, 16, 4  # batch, sequence length, model size, heads
x = torch.zeros(N, L, E)

q = x.view(N, L, H, E // H).transpose(1, 2)  # SDPA wants the heads split: (N, H, L, E / H)
print("scaled_dot_product_attention", tuple(F.scaled_dot_product_attention(q, q, q).shape))
#> scaled_dot_product_attention (2, 4, 5, 4)

mha = nn.MultiheadAttention(E, H, batch_first=True)  # projections and heads inside: (N, L, E)
out, weights = mha(x, x, x)
print("MultiheadAttention", tuple(out.shape), tuple(weights.shape))
#> MultiheadAttention (2, 5, 16) (2, 5, 5)

layer = nn.TransformerEncoderLayer(E, H, dim_feedforward=32, batch_first=True)
print("TransformerEncoderLayer", tuple(layer(x).shape))
#> TransformerEncoderLayer (2, 5, 16)
