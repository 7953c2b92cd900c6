import torch
import torch.nn.functional as F

torch.manual_seed(0)
q = torch.randn(1, 4, 3, 8)  # 4 query heads
k = torch.randn(1, 2, 5, 8)  # 2 key/value heads: query heads 0, 1 use head 0, heads 2, 3 use head 1
v = torch.randn(1, 2, 5, 8)

out = F.scaled_dot_product_attention(q, k, v, enable_gqa=True)
print(out.shape)
#> torch.Size([1, 4, 3, 8])
# The same as repeating each key/value head for its group of query heads:
repeated = F.scaled_dot_product_attention(q, k.repeat_interleave(2, dim=1), v.repeat_interleave(2, dim=1))
print(torch.allclose(out, repeated, atol=1e-6))
#> True

try:
    F.scaled_dot_product_attention(q, k, v)  # without enable_gqa the head counts must match
except RuntimeError as error:
    print(type(error).__name__)
    #> RuntimeError
