import torch
import torch.nn as nn

torch.manual_seed(0)
tokens = torch.randn(2, 5, 16)  # (N, T, D): 2 sequences of 5 tokens, 16 features each
norm = nn.LayerNorm(16)  # normalizes each token vector over its D = 16 features
feed_forward = nn.Sequential(nn.Linear(16, 64), nn.GELU(), nn.Linear(64, 16))
out = tokens + feed_forward(norm(tokens))  # a pre-norm residual block, as in transformers
print(out.shape, norm.weight.shape)
#> torch.Size([2, 5, 16]) torch.Size([16])
# Every token of norm(tokens) has mean 0 and (biased) variance 1, whatever the batch.
print(torch.allclose(norm(tokens).var(dim=-1, correction=0), torch.ones(2, 5), atol=1e-4))
#> True
