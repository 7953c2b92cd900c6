import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=16, num_heads=4, batch_first=True)
x = torch.randn(2, 5, 16)                          # (N, L, E): 2 sequences of 5 tokens
padding = torch.tensor([[False, False, False, False, False],
                        [False, False, False, True, True]])  # True = padding: the second has 3 tokens
out, weights = mha(x, x, x, key_padding_mask=padding)    # self-attention: query = key = value
print(out.shape, weights.shape)                    # weights averaged over the heads: (N, L, S)
#> torch.Size([2, 5, 16]) torch.Size([2, 5, 5])
print(weights[1, :, 3:].sum().item())              # no weight on the padded keys
#> 0.0
