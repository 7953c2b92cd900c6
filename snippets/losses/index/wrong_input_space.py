import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])
target = torch.tensor([0, 2])

# Right: logits into CrossEntropyLoss, log_softmax into NLLLoss.
print(nn.CrossEntropyLoss()(logits, target), nn.NLLLoss()(F.log_softmax(logits, dim=1), target))
#> tensor(0.8474) tensor(0.8474)
# Wrong, silently: softmax before CrossEntropyLoss, raw logits or probabilities into NLLLoss.
print(nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target))
#> tensor(0.9576)
print(nn.NLLLoss()(logits, target), nn.NLLLoss()(F.softmax(logits, dim=1), target))
#> tensor(-1.1500) tensor(-0.5097)
# NLLLoss only picks -input[target]: on logits the sign depends on the logits.
print(F.nll_loss(torch.tensor([[-2.0, -1.0]]), torch.tensor([0])).item())
#> 2.0

# Wrong, silently: probabilities instead of log-probabilities into KLDivLoss (KL is never < 0).
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])
print(nn.KLDivLoss(reduction="batchmean")(F.softmax(logits, dim=1), p))
#> tensor(-1.3102)
print(nn.KLDivLoss(reduction="batchmean")(F.log_softmax(logits, dim=1), p))
#> tensor(0.1726)
