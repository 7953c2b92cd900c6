import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 3.0],
                       [1.0, 1.0, 1.0]])
probs = nn.Softmax(dim=1)(logits)  # each row becomes a distribution
print(probs)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
print(probs.sum(dim=1))
#> tensor([1., 1.])
# dim=0 normalizes each column instead
print(F.softmax(logits, dim=0))
#> tensor([[0.5000, 0.7311, 0.8808],
#>         [0.5000, 0.2689, 0.1192]])
# the same computation under four spellings
print(torch.equal(probs, F.softmax(logits, dim=-1)), torch.equal(probs, torch.softmax(logits, 1)),
      torch.equal(probs, logits.softmax(1)))
#> True True True
