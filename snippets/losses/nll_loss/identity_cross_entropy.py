import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])
weight = torch.tensor([1.0, 2.0, 3.0])

nll = F.nll_loss(F.log_softmax(logits, dim=1), target, weight=weight)
ce = F.cross_entropy(logits, target, weight=weight)
print(nll, ce, torch.equal(nll, ce))
#> tensor(0.8118) tensor(0.8118) True

# The module and the function compute the same thing.
print(nn.NLLLoss(weight=weight)(F.log_softmax(logits, dim=1), target))
#> tensor(0.8118)
