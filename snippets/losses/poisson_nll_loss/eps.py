import torch
import torch.nn.functional as F

# A predicted rate of exactly 0 for a count of 2: log(0) is avoided with eps.
rate = torch.tensor([0.0])
counts = torch.tensor([2.0])
print(F.poisson_nll_loss(rate, counts, log_input=False))               # 0 - 2 * log(1e-8)
#> tensor(36.8414)
print(F.poisson_nll_loss(rate, counts, log_input=False, eps=1e-3))     # 0 - 2 * log(1e-3)
#> tensor(13.8155)
# With log_input=True eps is not used at all.
log_rate = torch.tensor([-1.0])
print(F.poisson_nll_loss(log_rate, counts), F.poisson_nll_loss(log_rate, counts, eps=0.5))
#> tensor(2.3679) tensor(2.3679)
