import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(1, 3, 4)

try:
    mha(x, x, x, is_causal=True)  # is_causal alone is not enough
except RuntimeError as error:
    print(str(error).split(".")[0])
    #> Need attn_mask if specifying the is_causal hint

causal = nn.Transformer.generate_square_subsequent_mask(3).isinf()  # True above the diagonal
only_self = ~torch.eye(3, dtype=torch.bool)  # not a causal mask
# is_causal=True is a promise about attn_mask. Broken, the result depends on the code path:
hint, _ = mha(x, x, x, attn_mask=only_self, is_causal=True, need_weights=False)
print(torch.allclose(hint, mha(x, x, x, attn_mask=causal)[0], atol=1e-6))     # mask ignored
#> True
hint, _ = mha(x, x, x, attn_mask=only_self, is_causal=True)
print(torch.allclose(hint, mha(x, x, x, attn_mask=only_self)[0], atol=1e-6))  # mask used
#> True
