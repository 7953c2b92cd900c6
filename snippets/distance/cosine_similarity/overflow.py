import torch
import torch.nn.functional as F

x = torch.tensor([[1e20, 1e20]])  # fine as float32 values, but their squares overflow
print(x.norm(dim=1), F.cosine_similarity(x, x))  # the norm is inf, so x / ||x|| = 0 and the result is 0, not 1
#> tensor([inf]) tensor([0.])
# Cosine similarity does not depend on the scale: divide by the largest magnitude first ...
scaled = x / x.abs().amax(dim=1, keepdim=True)
print(F.cosine_similarity(scaled, scaled))
#> tensor([1.0000])
# ... or compute in float64, whose range goes to about 1.8e308.
print(F.cosine_similarity(x.double(), x.double()))
#> tensor([1.0000], dtype=torch.float64)
