import torch
import torch.nn as nn

mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.zeros(2, 3, 4)  # zero inputs: equal scores, so the weights show the mask alone

only_self = ~torch.eye(3, dtype=torch.bool)  # True = do not attend: each query sees itself only
see_all = torch.zeros(3, 3, dtype=torch.bool)
# 3-D masks are (N * H, L, S); row n * H + h belongs to sample n, head h.
mask = torch.stack([only_self, see_all,   # sample 0: head 0, head 1
                    see_all, see_all])    # sample 1: head 0, head 1
_, weights = mha(x, x, x, attn_mask=mask, average_attn_weights=False)
print(weights.shape)  # (N, H, L, S)
#> torch.Size([2, 2, 3, 3])
print(weights[0, 0])
#> tensor([[1., 0., 0.],
#>         [0., 1., 0.],
#>         [0., 0., 1.]], grad_fn=<SelectBackward0>)
print(weights[0, 1])
#> tensor([[0.3333, 0.3333, 0.3333],
#>         [0.3333, 0.3333, 0.3333],
#>         [0.3333, 0.3333, 0.3333]], grad_fn=<SelectBackward0>)
_, averaged = mha(x, x, x, attn_mask=mask)
print(averaged[0])    # the default averages over the heads
#> tensor([[0.6667, 0.1667, 0.1667],
#>         [0.1667, 0.6667, 0.1667],
#>         [0.1667, 0.1667, 0.6667]], grad_fn=<SelectBackward0>)
