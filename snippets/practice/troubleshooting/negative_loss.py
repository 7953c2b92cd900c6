import torch
import torch.nn.functional as F

probs = torch.tensor([[0.7, 0.2, 0.1],
                      [0.1, 0.8, 0.1]])
target = torch.tensor([0, 1])

# NLLLoss takes log-probabilities. Fed probabilities it returns -mean(p_target): negative.
print(F.nll_loss(probs, target), F.nll_loss(probs.log(), target))
#> tensor(-0.7500) tensor(0.2899)

# KLDivLoss takes log-probabilities as input too. Fed probabilities it can go negative.
q = torch.tensor([[0.7, 0.2, 0.1]])  # the model's distribution
p = torch.tensor([[0.5, 0.3, 0.2]])  # the target distribution
print(F.kl_div(q, p, reduction="batchmean"), F.kl_div(q.log(), p, reduction="batchmean"))
#> tensor(-1.4597) tensor(0.0920)
