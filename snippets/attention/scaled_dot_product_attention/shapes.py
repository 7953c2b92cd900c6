import torch
import torch.nn.functional as F

q = torch.zeros(2, 8, 5, 16)  # (N, H, L, E)
k = torch.zeros(2, 8, 7, 16)  # (N, H, S, E)
v = torch.zeros(2, 8, 7, 32)  # (N, H, S, Ev): the value size may differ from E
print(F.scaled_dot_product_attention(q, k, v).shape)  # (N, H, L, Ev)
#> torch.Size([2, 8, 5, 32])

# Any number of leading dimensions, down to none: (L, E), (S, E), (S, Ev).
print(F.scaled_dot_product_attention(q[0, 0], k[0, 0], v[0, 0]).shape)
#> torch.Size([5, 32])

# The mask broadcasts to (N, H, L, S): one row of keys per sample is (N, 1, 1, S).
keys_allowed = torch.ones(2, 1, 1, 7, dtype=torch.bool)
print(F.scaled_dot_product_attention(q, k, v, attn_mask=keys_allowed).shape)
#> torch.Size([2, 8, 5, 32])
