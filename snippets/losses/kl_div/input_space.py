import torch
import torch.nn.functional as F

p = torch.tensor([0.7, 0.2, 0.1])   # target P
q = torch.tensor([0.5, 0.3, 0.2])   # model Q

# torch computes p * (log p - input): it never takes the log of the input.
print(F.kl_div(q.log(), p, reduction="none"))
#> tensor([ 0.2355, -0.0811, -0.0693])
print(p * (p.log() - q.log()))
#> tensor([ 0.2355, -0.0811, -0.0693])
# Passing probabilities instead of log-probabilities gives p * (log p - q).
print(F.kl_div(q, p, reduction="none"))
#> tensor([-0.5997, -0.3819, -0.2503])
print(p * (p.log() - q))
#> tensor([-0.5997, -0.3819, -0.2503])
