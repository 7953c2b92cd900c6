import torch
import torch.nn as nn
import torch.nn.functional as F

# One slope per channel; the channel dimension is dim 1, as in (N, C, H, W) or (N, C, L).
m = nn.PReLU(num_parameters=3, init=0.1)
with torch.no_grad():
    m.weight.copy_(torch.tensor([0.1, 0.5, 1.0]))
x = torch.full((2, 3, 2), -2.0)  # N=2, C=3, L=2, all negative
print(m(x)[0].detach())  # sample 0: row c is scaled by a_c
#> tensor([[-0.2000, -0.2000],
#>         [-1.0000, -1.0000],
#>         [-2.0000, -2.0000]])
# The functional form takes the slopes as a tensor.
print(torch.equal(F.prelu(x, m.weight), m(x)))
#> True
