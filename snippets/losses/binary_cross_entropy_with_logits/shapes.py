import torch
import torch.nn.functional as F

# Single-label binary task: input (N,), target (N,), pos_weight (1,).
logits = torch.tensor([1.5, -0.3, 0.2])
target = torch.tensor([1.0, 0.0, 0.0])
print(F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor([2.0]), reduction="none"))
#> tensor([0.4028, 0.5544, 0.7981])

# A scalar works too, and any (N, *) shape as long as input and target match.
print(F.binary_cross_entropy_with_logits(torch.tensor(1.5), torch.tensor(1.0)))
#> tensor(0.2014)
print(F.binary_cross_entropy_with_logits(torch.zeros(2, 1, 3, 3), torch.ones(2, 1, 3, 3), reduction="none").shape)
#> torch.Size([2, 1, 3, 3])
