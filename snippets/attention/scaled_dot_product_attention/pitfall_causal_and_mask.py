import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

q = k = v = torch.zeros(1, 1, 3, 4)
padding_ok = torch.tensor([True, True, False])  # the last key is padding

with sdpa_kernel(SDPBackend.MATH):
    try:
        F.scaled_dot_product_attention(q, k, v, attn_mask=padding_ok, is_causal=True)
    except RuntimeError as error:
        print(error)
        #> _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True

# Put both conditions into one boolean mask instead:
allowed = torch.ones(3, 3, dtype=torch.bool).tril() & padding_ok
print(allowed)
#> tensor([[ True, False, False],
#>         [ True,  True, False],
#>         [ True,  True, False]])
print(F.scaled_dot_product_attention(q, k, v, attn_mask=allowed).shape)
#> torch.Size([1, 1, 3, 4])
