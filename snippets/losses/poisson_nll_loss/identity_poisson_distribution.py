import torch
import torch.nn.functional as F
from torch.distributions import Poisson

log_rate = torch.tensor([0.5, -1.0, 2.0, 0.0])
counts = torch.tensor([0.0, 1.0, 2.0, 5.0])

# The loss (full=False) plus the exact log(t!) is the Poisson negative log-likelihood.
print(F.poisson_nll_loss(log_rate, counts, reduction="none") + torch.lgamma(counts + 1))
#> tensor([1.6487, 1.3679, 4.0822, 5.7875])
print(-Poisson(log_rate.exp()).log_prob(counts))
#> tensor([1.6487, 1.3679, 4.0822, 5.7875])
