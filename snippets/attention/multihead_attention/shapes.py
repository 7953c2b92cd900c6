import torch
import torch.nn as nn

# Default: one packed input projection for query, key and value.
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2)
print([(name, tuple(p.shape)) for name, p in mha.named_parameters()])
#> [('in_proj_weight', (24, 8)), ('in_proj_bias', (24,)), ('out_proj.weight', (8, 8)), ('out_proj.bias', (8,))]

# kdim / vdim: keys and values of other sizes get separate projections.
cross = nn.MultiheadAttention(embed_dim=8, num_heads=2, kdim=5, vdim=3)
print([(name, tuple(p.shape)) for name, p in cross.named_parameters()])
#> [('q_proj_weight', (8, 8)), ('k_proj_weight', (8, 5)), ('v_proj_weight', (8, 3)), ('in_proj_bias', (24,)), ('out_proj.weight', (8, 8)), ('out_proj.bias', (8,))]

q = torch.zeros(4, 2, 8)  # (L, N, E): sequence first unless batch_first=True
k = torch.zeros(6, 2, 5)  # (S, N, kdim)
v = torch.zeros(6, 2, 3)  # (S, N, vdim)
out, weights = cross(q, k, v)
print(out.shape, weights.shape)  # (L, N, E), (N, L, S)
#> torch.Size([4, 2, 8]) torch.Size([2, 4, 6])
out, weights = cross(q, k, v, average_attn_weights=False)
print(weights.shape)  # (N, H, L, S)
#> torch.Size([2, 2, 4, 6])
out, weights = cross(q[:, 0], k[:, 0], v[:, 0])  # unbatched: (L, E), (S, kdim), (S, vdim)
print(out.shape, weights.shape)
#> torch.Size([4, 8]) torch.Size([4, 6])
