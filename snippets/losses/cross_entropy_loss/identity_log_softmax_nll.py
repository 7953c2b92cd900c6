import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
print(ce, nll)
#> tensor(0.6216) tensor(0.6216)
print(torch.equal(ce, nll))
#> True
