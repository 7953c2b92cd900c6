import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(2, 4, 4)
lengths = torch.tensor([4, 2])
padding = torch.arange(4) >= lengths[:, None]  # (N, S), True = padding
print(padding)
#> tensor([[False, False, False, False],
#>         [False, False,  True,  True]])

out, weights = mha(x, x, x, key_padding_mask=padding)
print(weights[1, :, 2:].sum().item())  # no query looks at the padded keys
#> 0.0
print(out[1, 2:].abs().sum() > 0)      # but the padded positions still get outputs
#> tensor(True)

# Pool over the real tokens only:
pooled = (out * ~padding[..., None]).sum(dim=1) / lengths[:, None]
print(pooled.shape)
#> torch.Size([2, 4])
