import torch
import torch.nn as nn

torch.manual_seed(0)
tokens = torch.randn(2, 5, 16)  # (N, T, D): 2 sequences of 5 tokens, 16 features each
norm = nn.RMSNorm(16, eps=1e-6)  # a pretrained model's eps is passed explicitly
feed_forward = nn.Sequential(nn.Linear(16, 64), nn.SiLU(), nn.Linear(64, 16))
out = tokens + feed_forward(norm(tokens))  # a pre-norm residual block, as in LLaMA-style models
print(out.shape, norm.weight.shape)
#> torch.Size([2, 5, 16]) torch.Size([16])
# Every token of norm(tokens) has root mean square 1; its mean is not removed.
print(torch.allclose(norm(tokens).pow(2).mean(dim=-1), torch.ones(2, 5), atol=1e-4))
#> True
