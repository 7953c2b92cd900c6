import torch
import torch.nn.functional as F

log_q = torch.tensor([0.5, 0.3, 0.2]).log()
p = torch.tensor([0.7, 0.2, 0.1])

# One distribution of shape (C,): 'batchmean' divides by input.size(0) = C = 3.
print(F.kl_div(log_q, p, reduction="sum"))
#> tensor(0.0851)
print(F.kl_div(log_q, p, reduction="batchmean"))
#> tensor(0.0284)
# Add the batch dimension to get the true KL divergence.
print(F.kl_div(log_q.unsqueeze(0), p.unsqueeze(0), reduction="batchmean"))
#> tensor(0.0851)
