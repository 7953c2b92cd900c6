import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=1)  # batch_first=False: expects (L, N, E)
x = torch.randn(2, 5, 4)                               # meant as (N=2, L=5, E=4)

out, weights = mha(x, x, x)
print(weights.shape)  # read as 5 sequences of length 2: attention runs across the batch
#> torch.Size([5, 2, 2])

# Changing sample 1 changes the output of sample 0: the samples are mixed.
y = x.clone()
y[1] += 1.0
print(torch.allclose(mha(y, y, y)[0][0], out[0]))
#> False
