import torch
import torch.nn.functional as F

q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
k = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
v = torch.eye(3)  # identity values: each output row is that query's attention weights

# Boolean mask: True = this query may attend to this key.
allowed = torch.tensor([[True, True, False],
                        [False, True, True]])
print(F.scaled_dot_product_attention(q, k, v, attn_mask=allowed))
#> tensor([[0.6698, 0.3302, 0.0000],
#>         [0.0000, 0.5000, 0.5000]])

# The same mask as a float mask: 0 where allowed, -inf where not. It is added to the scores.
bias = torch.zeros(2, 3).masked_fill(~allowed, float("-inf"))
print(bias)
#> tensor([[0., 0., -inf],
#>         [-inf, 0., 0.]])
print(torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=bias),
                     F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)))
#> True

# A finite float mask does not block anything: it shifts the scores (here key 2 gets +1).
print(F.scaled_dot_product_attention(q, k, v, attn_mask=torch.tensor([0.0, 0.0, 1.0])))
#> tensor([[0.2375, 0.1171, 0.6455],
#>         [0.1171, 0.2375, 0.6455]])
