import torch
import torch.nn as nn

torch.manual_seed(0)
N, T, D = 2, 3, 8  # batch, tokens, embedding size
tokens = torch.randn(N, T, D) * 5 + 2

# The usual transformer setting: each token (each of the N * T vectors) is normalized on its own.
layer_norm = nn.LayerNorm(D)
out = layer_norm(tokens)
print(out.shape, layer_norm.weight.shape)
#> torch.Size([2, 3, 8]) torch.Size([8])
print(torch.allclose(out.mean(dim=-1), torch.zeros(N, T), atol=1e-6))
#> True
print(torch.allclose(out.var(dim=-1, correction=0), torch.ones(N, T), atol=1e-4))
#> True

# normalized_shape=(T, D) pools the statistics over the last two dimensions instead,
# and learns one weight per (t, d) element.
per_sequence = nn.LayerNorm([T, D])
out2 = per_sequence(tokens)
print(per_sequence.weight.shape)
#> torch.Size([3, 8])
print(torch.allclose(out2.mean(dim=(-2, -1)), torch.zeros(N), atol=1e-6))
#> True
print(torch.allclose(out2.mean(dim=-1), torch.zeros(N, T), atol=1e-6))
#> False
