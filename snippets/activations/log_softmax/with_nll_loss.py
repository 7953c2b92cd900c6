import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])
target = torch.tensor([0, 2])
# LogSoftmax(dim=1) + NLLLoss is CrossEntropyLoss.
print(nn.NLLLoss()(F.log_softmax(logits, dim=1), target), nn.CrossEntropyLoss()(logits, target))
#> tensor(0.8474) tensor(0.8474)
# log_softmax is idempotent (its rows already have logsumexp 0), so feeding log-probabilities
# into CrossEntropyLoss by mistake gives the same loss; feeding probabilities does not.
log_probs = F.log_softmax(logits, dim=1)
print(torch.allclose(F.log_softmax(log_probs, dim=1), log_probs), nn.CrossEntropyLoss()(log_probs, target))
#> True tensor(0.8474)
print(nn.CrossEntropyLoss()(log_probs.exp(), target))
#> tensor(0.9576)
