import math

import torch
import torch.nn.functional as F


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
                                 is_causal=False, *, scale=None, enable_gqa=False):
    L, S = query.size(-2), key.size(-2)
    scale = 1 / math.sqrt(query.size(-1)) if scale is None else scale
    if enable_gqa:  # each group of query heads shares one key/value head
        key = key.repeat_interleave(query.size(-3) // key.size(-3), dim=-3)
        value = value.repeat_interleave(query.size(-3) // value.size(-3), dim=-3)
    scores = query @ key.transpose(-2, -1) * scale  # (..., L, S)

    if is_causal:
        if attn_mask is not None:
            raise RuntimeError("_scaled_dot_product_attention: Explicit attn_mask should not be set "
                               "when is_causal=True")
        # top-left aligned: query i sees keys 0..i, whatever S is
        attn_mask = torch.ones(L, S, dtype=torch.bool, device=query.device).tril()
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        scores = scores.masked_fill(~attn_mask, -math.inf)  # True = may attend
    elif attn_mask is not None:
        scores = scores + attn_mask  # a float mask is added to the scores

    # A row that may attend to nothing would be 0 / 0 = nan: its weights are set to 0.
    blocked = (scores == -math.inf).all(dim=-1, keepdim=True)
    weights = torch.softmax(scores.masked_fill(blocked, 0.0), dim=-1).masked_fill(blocked, 0.0)
    if dropout_p > 0.0:  # no `training` flag: dropout whenever dropout_p > 0
        weights = F.dropout(weights, dropout_p)
    return weights @ value


# Two queries, three keys; the boolean mask lets query 0 see keys 0 and 1, query 1 only key 2.
q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
k = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
v = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
mask = torch.tensor([[True, True, False], [False, False, True]])
print(scaled_dot_product_attention(q, k, v, attn_mask=mask))
#> tensor([[1.6605, 2.6605],
#>         [5.0000, 6.0000]])
print(F.scaled_dot_product_attention(q, k, v, attn_mask=mask))
#> tensor([[1.6605, 2.6605],
#>         [5.0000, 6.0000]])

# Gradients with respect to the query, from both, under a causal mask with fewer queries than keys.
q = q.requires_grad_()
mine, = torch.autograd.grad(scaled_dot_product_attention(q, k, v, is_causal=True).sum(), q)
theirs, = torch.autograd.grad(F.scaled_dot_product_attention(q, k, v, is_causal=True).sum(), q)
print(mine, theirs, sep="\n")
#> tensor([[ 0.0000,  0.0000],
#>         [-0.6256,  0.6256]])
#> tensor([[ 0.0000,  0.0000],
#>         [-0.6256,  0.6256]])
