import torch
import torch.nn.functional as F

log_q = torch.tensor([0.5, 0.3, 0.2]).log()
p = torch.tensor([0.0, 0.4, 0.6])   # a target probability of exactly 0

# torch uses xlogy semantics: 0 * log 0 counts as 0, so the first element is 0.
print(F.kl_div(log_q, p, reduction="none"))
#> tensor([0.0000, 0.1151, 0.6592])
print(torch.xlogy(p, p) - p * log_q)
#> tensor([0.0000, 0.1151, 0.6592])
# The naive formula gives nan there (0 * -inf).
print(p * (p.log() - log_q))
#> tensor([   nan, 0.1151, 0.6592])
# The sum is the KL divergence over the support of P only.
print(F.kl_div(log_q, p, reduction="sum"), (0.4 * torch.tensor(0.4 / 0.3).log() + 0.6 * torch.tensor(0.6 / 0.2).log()))
#> tensor(0.7742) tensor(0.7742)
# But a zero target facing a -inf input still gives nan: 0 * -inf.
print(F.kl_div(torch.tensor([float("-inf"), 0.0]), torch.tensor([0.0, 1.0]), reduction="none"))
#> tensor([nan, 0.])
