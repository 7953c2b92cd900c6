import torch
import torch.nn as nn
import torch.nn.functional as F

mask = torch.tensor([[True, False, False],
                     [True, True, False],
                     [True, True, True]])  # the same boolean mask for both APIs
x = torch.zeros(1, 3, 4)  # zero inputs: every query spreads its weight evenly over what it may see

# SDPA reads True as "may attend" (values = identity, so the output shows the weights):
print(F.scaled_dot_product_attention(x, x, torch.eye(3).unsqueeze(0), attn_mask=mask)[0])
#> tensor([[1.0000, 0.0000, 0.0000],
#>         [0.5000, 0.5000, 0.0000],
#>         [0.3333, 0.3333, 0.3333]])

# MultiheadAttention reads True as "may not attend"; the last query is then blocked everywhere: nan.
mha = nn.MultiheadAttention(embed_dim=4, num_heads=1, batch_first=True)
print(mha(x, x, x, attn_mask=mask)[1][0])
#> tensor([[0.0000, 0.5000, 0.5000],
#>         [0.0000, 0.0000, 1.0000],
#>         [   nan,    nan,    nan]], grad_fn=<SelectBackward0>)
