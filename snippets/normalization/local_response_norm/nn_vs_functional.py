import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
lrn = nn.LocalResponseNorm(5, alpha=1e-3, beta=0.75, k=2.0)
x = torch.randn(2, 8, 3, 3) * 10
print(torch.equal(lrn(x), F.local_response_norm(x, lrn.size, lrn.alpha, lrn.beta, lrn.k)))
#> True
# No parameters and no buffers.
print(list(lrn.parameters()), list(lrn.buffers()))
#> [] []
# The older nn.CrossMapLRN2d (4-D only) sums a different window: not interchangeable.
print(torch.allclose(nn.CrossMapLRN2d(5, alpha=1e-3, beta=0.75, k=2.0)(x), lrn(x)))
#> False
