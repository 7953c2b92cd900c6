import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(2, 5, 8)

out, weights = mha(x, x, x)  # need_weights=True is the default
out_fast, nothing = mha(x, x, x, need_weights=False)
print(weights.shape, nothing)
#> torch.Size([2, 5, 5]) None
print(torch.allclose(out, out_fast, atol=1e-6))
#> True
