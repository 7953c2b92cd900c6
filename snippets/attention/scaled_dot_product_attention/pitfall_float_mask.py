import torch
import torch.nn.functional as F

q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
k = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
v = torch.eye(3)
keep = torch.tensor([[1, 1, 0], [0, 1, 1]])  # 1 = attend, 0 = do not

# Common mistake: the 0/1 mask as floats. It is added to the scores, so key 2 is not blocked at all.
print(F.scaled_dot_product_attention(q, k, v, attn_mask=keep.float()))
#> tensor([[0.5374, 0.2650, 0.1977],
#>         [0.0832, 0.4584, 0.4584]])
# As booleans, the zeros block.
print(F.scaled_dot_product_attention(q, k, v, attn_mask=keep.bool()))
#> tensor([[0.6698, 0.3302, 0.0000],
#>         [0.0000, 0.5000, 0.5000]])
