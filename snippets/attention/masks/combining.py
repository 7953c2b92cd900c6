import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 2, 4, 2
mha = nn.MultiheadAttention(embed_dim=4, num_heads=H, batch_first=True)
x = torch.randn(N, L, 4)
causal = nn.Transformer.generate_square_subsequent_mask(L).isinf()  # (L, L), True = blocked
padding = torch.tensor([[False, False, False, False],
                        [False, False, True, True]])              # (N, L), True = padding

separate, _ = mha(x, x, x, attn_mask=causal, key_padding_mask=padding)

# One boolean mask: blocked if either mask says so. (N, L, S), then one copy per head: (N * H, L, S).
blocked = causal | padding[:, None, :]
print(blocked[1].int())
#> tensor([[0, 1, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 1, 1]], dtype=torch.int32)
combined, _ = mha(x, x, x, attn_mask=blocked.repeat_interleave(H, dim=0))
print(torch.allclose(separate, combined, atol=1e-6))
#> True

# Float masks combine by addition: 0 + 0 = 0, anything + -inf = -inf.
inf = float("-inf")
additive = torch.zeros(L, L).masked_fill(causal, inf) + torch.zeros(N, L).masked_fill(padding, inf)[:, None, :]
print(torch.equal(additive.isinf(), blocked))
#> True

# For SDPA: may attend only where both allow it; (N, 1, L, S) broadcasts over the heads.
allowed = ~causal & ~padding[:, None, None, :]
print(allowed.shape)
#> torch.Size([2, 1, 4, 4])
