# snippet-devices: cpu  (some CUDA kernels return nan for a fully masked row instead of zeros)
import torch
import torch.nn.functional as F

q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
k = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
v = torch.eye(3)
allowed = torch.tensor([[True, True, False],
                        [False, False, False]])  # query 1 may attend to no key at all

print(F.scaled_dot_product_attention(q, k, v, attn_mask=allowed))  # its row comes back as zeros
#> tensor([[0.6698, 0.3302, 0.0000],
#>         [0.0000, 0.0000, 0.0000]])

# Written out by hand, the same row is softmax of all -inf: 0 / 0 = nan.
scores = (q @ k.T / 2 ** 0.5).masked_fill(~allowed, float("-inf"))
print(torch.softmax(scores, dim=-1))
#> tensor([[0.6698, 0.3302, 0.0000],
#>         [   nan,    nan,    nan]])
