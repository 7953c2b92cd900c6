import torch
import torch.nn as nn
import torch.nn.functional as F

# One head and identity projections: the layer is plain attention on its inputs.
mha = nn.MultiheadAttention(embed_dim=2, num_heads=1, bias=False)
with torch.no_grad():
    mha.in_proj_weight.copy_(torch.eye(2).repeat(3, 1))
    mha.out_proj.weight.copy_(torch.eye(2))
q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])              # 2 queries, unbatched (L, E)
k = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])  # 3 keys, also the values
mask = torch.tensor([[False, False, True],
                     [True, False, False]])

_, weights = mha(q, k, k, attn_mask=mask)
print(weights)  # MultiheadAttention: True = do NOT attend
#> tensor([[0.6698, 0.3302, 0.0000],
#>         [0.0000, 0.5000, 0.5000]], grad_fn=<SqueezeBackward1>)
print(F.scaled_dot_product_attention(q, k, torch.eye(3), attn_mask=mask))  # SDPA: True = attend
#> tensor([[0., 0., 1.],
#>         [1., 0., 0.]])

# Inverting the mask makes them agree, weights and outputs:
print(torch.allclose(weights, F.scaled_dot_product_attention(q, k, torch.eye(3), attn_mask=~mask)))
#> True
print(torch.allclose(mha(q, k, k, attn_mask=mask)[0], F.scaled_dot_product_attention(q, k, k, attn_mask=~mask)))
#> True
