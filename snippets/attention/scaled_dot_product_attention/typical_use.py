import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, E, H = 2, 5, 16, 4                     # batch, sequence length, embedding size, heads
x = torch.randn(N, L, E)
qkv = nn.Linear(E, 3 * E)(x)                 # query, key and value from one projection
q, k, v = qkv.view(N, L, 3, H, E // H).permute(2, 0, 3, 1, 4)  # each (N, H, L, E / H)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # each position sees itself and the past
out = out.transpose(1, 2).reshape(N, L, E)   # the heads side by side again
print(q.shape, out.shape)
#> torch.Size([2, 4, 5, 4]) torch.Size([2, 5, 16])
