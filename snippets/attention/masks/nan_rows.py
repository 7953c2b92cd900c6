import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(2, 4, 4)
padding = torch.tensor([[False, False, False, False],
                        [True, True, False, False]])  # left padding: the second sequence has 2 tokens
causal = nn.Transformer.generate_square_subsequent_mask(4).isinf()

out, _ = mha(x, x, x, attn_mask=causal, key_padding_mask=padding)
print(out.isnan().any(dim=-1))  # the padded queries see only padded keys: nan
#> tensor([[False, False, False, False],
#>         [ True,  True, False, False]])

# In the next layer those outputs are keys: masked or not, they turn the whole sequence nan.
out_next, _ = mha(out, out, out, key_padding_mask=padding)
print(out_next.isnan().any(dim=-1))
#> tensor([[False, False, False, False],
#>         [ True,  True,  True,  True]])

# Leaving the padded positions out of the loss does not help: the gradient is nan.
out[~padding].sum().backward()
print(mha.in_proj_weight.grad.isnan().any())
#> tensor(True)
# Nor does multiplying by a 0/1 mask: nan * 0 is nan.
print(float("nan") * 0)
#> nan
