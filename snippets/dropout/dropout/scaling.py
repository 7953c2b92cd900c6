import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(1_000_000)
y = F.dropout(x, p=0.3)
# Every survivor is scaled by exactly 1 / (1 - p) = 1 / 0.7 ...
print(y[y != 0].unique(), 1 / 0.7)
#> tensor([1.4286]) 1.4285714285714286
# ... so that the expected value is unchanged; about 30% of the entries are 0.
print(round((y == 0).float().mean().item(), 2), round(y.mean().item(), 2))
#> 0.3 1.0
# The variance is not preserved: for N(0, 1) input the standard deviation grows to 1/sqrt(1 - p).
z = torch.randn(1_000_000)
print(round(z.std().item(), 1), round(F.dropout(z, p=0.3).std().item(), 1), round((1 / 0.7) ** 0.5, 4))
#> 1.0 1.2 1.1952
