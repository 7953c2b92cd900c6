import torch
import torch.nn as nn

x = torch.tensor([[1.0, 0.0], [2.0, 4.0], [4.0, 4.0], [5.0, 8.0]])  # (N=4, C=2)
bn = nn.BatchNorm1d(2, momentum=0.1)
y = bn(x)

# Normalization uses the biased variance (divide by n = 4) ...
biased = x.var(dim=0, correction=0)
print(biased, torch.allclose(y, (x - x.mean(0)) / torch.sqrt(biased + bn.eps)))
#> tensor([2.5000, 8.0000]) True
# ... but the running estimate receives the unbiased one (divide by n - 1 = 3).
unbiased = x.var(dim=0, correction=1)
print(unbiased)
#> tensor([ 3.3333, 10.6667])
# running = (1 - momentum) * running + momentum * batch statistic, from mean 0 and var 1.
print(bn.running_mean, 0.9 * 0 + 0.1 * x.mean(0))
#> tensor([0.3000, 0.4000]) tensor([0.3000, 0.4000])
print(bn.running_var, 0.9 * 1 + 0.1 * unbiased)
#> tensor([1.2333, 1.9667]) tensor([1.2333, 1.9667])
