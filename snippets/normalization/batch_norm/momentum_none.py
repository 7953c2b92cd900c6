import torch
import torch.nn as nn

batches = [torch.tensor([[0.0], [2.0]]), torch.tensor([[4.0], [6.0]]), torch.tensor([[8.0], [16.0]])]
bn = nn.BatchNorm1d(1, momentum=None)  # cumulative average: momentum = 1 / num_batches_tracked
for batch in batches:
    bn(batch)
print(bn.num_batches_tracked)
#> tensor(3)
# The plain average of the three batch means (1, 5, 12) and of the three unbiased variances (2, 2, 32).
print(bn.running_mean, bn.running_var)
#> tensor([6.]) tensor([12.])

# With the default momentum=0.1 the same batches give an exponential average that still remembers
# the initial mean 0 and variance 1 (0.9 ** 3 of them).
ema = nn.BatchNorm1d(1)
for batch in batches:
    ema(batch)
print(ema.running_mean, ema.running_var)
#> tensor([1.7310]) tensor([4.2710])
