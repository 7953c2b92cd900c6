import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0]])
weight = torch.tensor([1.0, 2.0, 0.5, 4.0])  # one weight per class

# Each class term is multiplied by its weight, then the row is divided by C = 4
# (not by the sum of the weights, 7.5).
print(F.multilabel_soft_margin_loss(logits, target, weight=weight, reduction="none"))
#> tensor([0.6165, 0.8530])
elementwise = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
print((elementwise * weight).sum(dim=1) / 4)
#> tensor([0.6165, 0.8530])
print(F.binary_cross_entropy_with_logits(logits, target, weight=weight, reduction="none").mean(dim=1))
#> tensor([0.6165, 0.8530])

# weight is broadcast against (N, C), so a full (N, C) weight works too.
per_entry = torch.tensor([[1.0, 1.0, 1.0, 0.0],
                          [1.0, 1.0, 1.0, 1.0]])
print(F.multilabel_soft_margin_loss(logits, target, weight=per_entry, reduction="none"))
#> tensor([0.2006, 0.3913])
