import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight,
                                 in_proj_bias, bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight,
                                 out_proj_bias, training=True, key_padding_mask=None, need_weights=True,
                                 attn_mask=None, use_separate_proj_weight=False, q_proj_weight=None,
                                 k_proj_weight=None, v_proj_weight=None, static_k=None, static_v=None,
                                 average_attn_weights=True, is_causal=False):
    batched = query.dim() == 3
    if not batched:  # (L, E) is a batch of one: (L, 1, E)
        query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)
    L, N, E = query.shape  # sequence first: (L, N, E)
    S, H = key.size(0), num_heads
    head_dim = E // H
    if E != embed_dim_to_check:
        raise AssertionError(f"was expecting embedding dimension of {embed_dim_to_check}, but got {E}")
    if head_dim * H != E:
        raise AssertionError(f"embed_dim {E} not divisible by num_heads {H}")

    # Boolean masks: True = do NOT attend, turned into -inf; float masks are added as they are.
    def additive(mask):
        if mask is None or mask.is_floating_point():
            return mask
        return torch.zeros(mask.shape, dtype=query.dtype, device=query.device).masked_fill(mask, -math.inf)

    if is_causal and attn_mask is None:
        raise RuntimeError("Need attn_mask if specifying the is_causal hint. You may use the Transformer "
                           "module method `generate_square_subsequent_mask` to create this mask.")
    # is_causal is a hint: without key_padding_mask and need_weights, attn_mask is not read at all
    causal_only = is_causal and key_padding_mask is None and not need_weights
    attn_mask = None if causal_only else attn_mask
    attn_mask, key_padding_mask = additive(attn_mask), additive(key_padding_mask)
    if attn_mask is not None and attn_mask.dim() == 2 and attn_mask.shape != (L, S):
        raise RuntimeError(f"The shape of the 2D attn_mask is {attn_mask.shape}, but should be {(L, S)}.")
    if attn_mask is not None and attn_mask.dim() == 3 and attn_mask.shape != (N * H, L, S):
        raise RuntimeError(f"The shape of the 3D attn_mask is {attn_mask.shape}, but should be {(N * H, L, S)}.")

    # 1. Project: one packed (3E, E) weight, or three weights when key/value have other sizes (kdim, vdim).
    if use_separate_proj_weight:
        w_q, w_k, w_v = q_proj_weight, k_proj_weight, v_proj_weight
    else:
        w_q, w_k, w_v = in_proj_weight.chunk(3)
    b_q, b_k, b_v = in_proj_bias.chunk(3) if in_proj_bias is not None else (None, None, None)
    q, k, v = F.linear(query, w_q, b_q), F.linear(key, w_k, b_k), F.linear(value, w_v, b_v)

    # 2. add_bias_kv: one more learned key and value at the end of the sequence, never masked.
    def one_more_key(mask):
        return None if mask is None else F.pad(mask, (0, 1))

    if bias_k is not None and bias_v is not None:
        k = torch.cat([k, bias_k.expand(1, N, E)])
        v = torch.cat([v, bias_v.expand(1, N, E)])
        attn_mask, key_padding_mask = one_more_key(attn_mask), one_more_key(key_padding_mask)

    # 3. Split the heads: (L, N, E) -> (N * H, L, head_dim), batch index n, head h at row n * H + h.
    q = q.reshape(L, N * H, head_dim).transpose(0, 1)
    k = k.reshape(-1, N * H, head_dim).transpose(0, 1) if static_k is None else static_k
    v = v.reshape(-1, N * H, head_dim).transpose(0, 1) if static_v is None else static_v

    # 4. add_zero_attn: one more all-zero key and value per head.
    if add_zero_attn:
        k = torch.cat([k, k.new_zeros(N * H, 1, head_dim)], dim=1)
        v = torch.cat([v, v.new_zeros(N * H, 1, head_dim)], dim=1)
        attn_mask, key_padding_mask = one_more_key(attn_mask), one_more_key(key_padding_mask)

    # 5. Merge the masks by adding them: (L, S) or (N * H, L, S) plus (N, S) repeated over the heads.
    if key_padding_mask is not None:
        key_padding_mask = key_padding_mask.repeat_interleave(H, dim=0).unsqueeze(1)  # (N * H, 1, S)
        attn_mask = key_padding_mask if attn_mask is None else attn_mask + key_padding_mask

    # 6. Attention in every head.
    scores = q @ k.transpose(1, 2) / math.sqrt(head_dim)
    if causal_only:  # top-left causal over all keys, the added ones included
        scores = scores.masked_fill(torch.ones_like(scores, dtype=torch.bool).tril().logical_not(), -math.inf)
    if attn_mask is not None:
        scores = scores + attn_mask
    if need_weights:
        weights = torch.softmax(scores, dim=-1)  # a fully masked row gives nan here
    else:  # this path runs scaled_dot_product_attention, whose fully masked rows give 0
        blocked = (scores == -math.inf).all(dim=-1, keepdim=True)
        weights = torch.softmax(scores.masked_fill(blocked, 0.0), dim=-1).masked_fill(blocked, 0.0)
    if training and dropout_p > 0.0:
        weights = F.dropout(weights, dropout_p)
    out = weights @ v  # (N * H, L, head_dim)

    # 7. Concatenate the heads and project back.
    out = F.linear(out.transpose(0, 1).reshape(L, N, E), out_proj_weight, out_proj_bias)
    if need_weights:
        weights = weights.reshape(N, H, L, -1)
        weights = weights.mean(dim=1) if average_attn_weights else weights
    else:
        weights = None
    if not batched:
        out = out.squeeze(1)
        weights = None if weights is None else weights.squeeze(0)
    return out, weights


# A layer with fixed weights (the same on every device) and a batch of 2 sequences, sequence first.
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2)
with torch.no_grad():
    for p in mha.parameters():
        p.copy_(torch.arange(p.numel()).reshape(p.shape).sin())
x = torch.arange(24.0).reshape(3, 2, 4).cos()  # (L, N, E)
padding = torch.tensor([[False, False, False], [False, False, True]])  # True = padding, not attended
args = (x, x, x, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
        mha.out_proj.weight, mha.out_proj.bias)
out, weights = multi_head_attention_forward(*args, key_padding_mask=padding)
out_torch, weights_torch = F.multi_head_attention_forward(*args, key_padding_mask=padding)
print(weights[1], weights_torch[1], sep="\n")
#> tensor([[0.0503, 0.9497, 0.0000],
#>         [0.9772, 0.0228, 0.0000],
#>         [0.5264, 0.4736, 0.0000]], grad_fn=<SelectBackward0>)
#> tensor([[0.0503, 0.9497, 0.0000],
#>         [0.9772, 0.0228, 0.0000],
#>         [0.5264, 0.4736, 0.0000]], grad_fn=<SelectBackward0>)
print(torch.allclose(out, out_torch, atol=1e-6),
      torch.allclose(out, mha(x, x, x, key_padding_mask=padding)[0], atol=1e-6))
#> True True
