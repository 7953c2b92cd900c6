import warnings

import torch
import torch.nn as nn

blocked = torch.tensor([[False, True],
                        [False, False]])  # MultiheadAttention: True = may not attend
allowed = ~blocked                        # SDPA: True = may attend
print(allowed)
#> tensor([[ True, False],
#>         [ True,  True]])
additive = torch.zeros(blocked.shape).masked_fill(blocked, float("-inf"))  # float: both APIs
print(additive)
#> tensor([[0., -inf],
#>         [0., 0.]])
print(torch.equal(additive.isneginf(), blocked))  # back from float to boolean
#> True

# A boolean key_padding_mask next to a float attn_mask works, with a warning:
mha = nn.MultiheadAttention(embed_dim=2, num_heads=1, batch_first=True)
x = torch.zeros(1, 2, 2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mha(x, x, x, attn_mask=additive, key_padding_mask=torch.tensor([[False, False]]))
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Support for mismatched key_padding_mask and attn_mask is deprecated. Use same type for both instead.
