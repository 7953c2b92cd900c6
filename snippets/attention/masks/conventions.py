import torch
import torch.nn as nn
import torch.nn.functional as F

mha = nn.MultiheadAttention(embed_dim=2, num_heads=1, bias=False, batch_first=True)
with torch.no_grad():  # identity projections: plain attention, comparable with SDPA
    mha.in_proj_weight.copy_(torch.eye(2).repeat(3, 1))
    mha.out_proj.weight.copy_(torch.eye(2))
x = torch.tensor([[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]])  # (N=1, L=3, E=2)

allowed = torch.tensor([[True, False, False],
                        [True, True, False],
                        [False, True, True]])  # SDPA: True = may attend
blocked = ~allowed                             # MultiheadAttention: True = may not attend
additive = torch.zeros(3, 3).masked_fill(blocked, float("-inf"))  # float: the same in both

reference = F.scaled_dot_product_attention(x, x, x, attn_mask=allowed)
print(torch.allclose(mha(x, x, x, attn_mask=blocked)[0], reference))
#> True
print(torch.allclose(mha(x, x, x, attn_mask=additive)[0], reference))
#> True
print(torch.allclose(F.scaled_dot_product_attention(x, x, x, attn_mask=additive), reference))
#> True
