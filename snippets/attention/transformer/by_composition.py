import torch
import torch.nn as nn
import torch.nn.functional as F


def encoder_layer(layer, x):
    """TransformerEncoderLayer (batch_first, no masks) from functional pieces."""
    attn = layer.self_attn
    x = x.transpose(0, 1)  # the functional form is sequence first

    def self_attention(h):
        return F.multi_head_attention_forward(
            h, h, h, attn.embed_dim, attn.num_heads, attn.in_proj_weight, attn.in_proj_bias, None, None,
            False, 0.0, attn.out_proj.weight, attn.out_proj.bias, need_weights=False)[0]

    def feed_forward(h):
        return F.linear(F.relu(F.linear(h, layer.linear1.weight, layer.linear1.bias)),
                        layer.linear2.weight, layer.linear2.bias)

    def norm(ln, h):
        return F.layer_norm(h, ln.normalized_shape, ln.weight, ln.bias, ln.eps)

    if layer.norm_first:  # pre-norm: x + f(norm(x))
        x = x + self_attention(norm(layer.norm1, x))
        x = x + feed_forward(norm(layer.norm2, x))
    else:                 # post-norm: norm(x + f(x))
        x = norm(layer.norm1, x + self_attention(x))
        x = norm(layer.norm2, x + feed_forward(x))
    return x.transpose(0, 1)


torch.manual_seed(0)
x = torch.randn(2, 5, 16)
for norm_first in [False, True]:
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, batch_first=True, norm_first=norm_first)
    layer.eval()  # no dropout
    print(f"norm_first={norm_first}:", torch.allclose(encoder_layer(layer, x), layer(x), atol=1e-5))
    #> norm_first=False: True
    #> norm_first=True: True
