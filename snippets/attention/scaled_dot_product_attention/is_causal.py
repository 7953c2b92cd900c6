import torch
import torch.nn.functional as F
from torch.nn.attention.bias import causal_lower_right

# Zero queries give equal scores, so each row spreads its weight evenly over the keys it may see.
q, k, v = torch.zeros(3, 2), torch.zeros(5, 2), torch.eye(5)  # L = 3 queries, S = 5 keys
print(F.scaled_dot_product_attention(q, k, v, is_causal=True))
#> tensor([[1.0000, 0.0000, 0.0000, 0.0000, 0.0000],
#>         [0.5000, 0.5000, 0.0000, 0.0000, 0.0000],
#>         [0.3333, 0.3333, 0.3333, 0.0000, 0.0000]])

# The same as a lower-triangular boolean mask aligned at the top left: query i sees keys 0..i.
top_left = torch.ones(3, 5, dtype=torch.bool).tril()
print(torch.allclose(F.scaled_dot_product_attention(q, k, v, is_causal=True),
                     F.scaled_dot_product_attention(q, k, v, attn_mask=top_left)))
#> True

# Aligned at the bottom right instead (the last query sees every key): causal_lower_right.
print(F.scaled_dot_product_attention(q, k, v, attn_mask=causal_lower_right(3, 5)))
#> tensor([[0.3333, 0.3333, 0.3333, 0.0000, 0.0000],
#>         [0.2500, 0.2500, 0.2500, 0.2500, 0.0000],
#>         [0.2000, 0.2000, 0.2000, 0.2000, 0.2000]])
