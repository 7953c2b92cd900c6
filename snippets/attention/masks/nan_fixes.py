import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(2, 4, 4)
padding = torch.tensor([[False, False, False, False],
                        [True, True, False, False]])
causal = nn.Transformer.generate_square_subsequent_mask(4).isinf()

# Fix 1: every query may see itself, so no row is fully masked.
blocked = (causal | padding[:, None, :]) & ~torch.eye(4, dtype=torch.bool)
out, _ = mha(x, x, x, attn_mask=blocked.repeat_interleave(2, dim=0))
out[~padding].sum().backward()
print(out.isnan().any(), mha.in_proj_weight.grad.isnan().any())
#> tensor(False) tensor(False)

# Fix 2: the lowest finite float instead of -inf: a fully masked row becomes uniform, not nan.
low = torch.finfo(x.dtype).min
out2, _ = mha(x, x, x, attn_mask=torch.zeros(4, 4).masked_fill(causal, low),
              key_padding_mask=torch.zeros(2, 4).masked_fill(padding, low))
print(out2.isnan().any())
#> tensor(False)

# Either way, the real positions get the same outputs as with -inf masks.
print(torch.allclose(out[~padding], out2[~padding], atol=1e-6))
#> True
