import torch
import torch.nn as nn

# One learnable weight per element of normalized_shape, initialized to 1; there is no bias.
print([(name, tuple(p.shape)) for name, p in nn.RMSNorm([2, 3]).named_parameters()])
#> [('weight', (2, 3))]
print(list(nn.RMSNorm(3, elementwise_affine=False).parameters()))
#> []

torch.manual_seed(0)
N, T, D = 2, 3, 8  # the transformer layout: every token is normalized on its own
tokens = torch.randn(N, T, D) * 4
out = nn.RMSNorm(D)(tokens)
print(out.shape, torch.allclose(out.pow(2).mean(dim=-1), torch.ones(N, T), atol=1e-5))
#> torch.Size([2, 3, 8]) True
