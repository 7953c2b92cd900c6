import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(2, 5, 8)
padding = torch.tensor([[False] * 5, [False] * 3 + [True] * 2])

mha.eval()
with torch.no_grad():  # eval, no autograd, self-attention, batch_first, even heads: the fast path
    fast, _ = mha(x, x, x, key_padding_mask=padding)
    torch.backends.mha.set_fastpath_enabled(False)
    slow, _ = mha(x, x, x, key_padding_mask=padding)
    torch.backends.mha.set_fastpath_enabled(True)
print(torch.allclose(fast, slow, atol=1e-6))
#> True
