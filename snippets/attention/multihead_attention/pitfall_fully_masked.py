# snippet-devices: cpu  (what a fully masked row gives on the fused paths depends on the device)
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(1, 3, 4)
mask = torch.tensor([[False, True, True],
                     [True, True, True],     # query 1 may attend to no key
                     [False, False, False]])

print(mha(x, x, x, attn_mask=mask)[0].isnan().any(dim=-1))                     # need_weights=True
#> tensor([[False,  True, False]])
print(mha(x, x, x, attn_mask=mask, need_weights=False)[0].isnan().any(dim=-1))  # zeros instead
#> tensor([[False, False, False]])
mha.eval()
with torch.no_grad():  # the fast path of evaluation mode
    print(mha(x, x, x, attn_mask=mask, need_weights=False)[0].isnan().any(dim=-1))
    #> tensor([[False,  True, False]])
