import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 3.5],
                  [4.0, 4.0, 1.0, -2.0]], dtype=torch.float64)
eps = 1e-5

# Statistics over the last dimension; the variance divides by D (biased, correction=0).
mean = x.mean(dim=-1, keepdim=True)
var = x.var(dim=-1, keepdim=True, correction=0)
print(torch.allclose(F.layer_norm(x, [4], eps=eps), (x - mean) / torch.sqrt(var + eps)))
#> True

# With the unbiased variance (divide by D - 1) the result is different.
var_unbiased = x.var(dim=-1, keepdim=True)  # correction=1
print(torch.allclose(F.layer_norm(x, [4], eps=eps), (x - mean) / torch.sqrt(var_unbiased + eps)))
#> False
# The ratio between the two is sqrt(D / (D - 1)) = sqrt(4/3).
print(round((var_unbiased / var)[0].item(), 4))
#> 1.3333
