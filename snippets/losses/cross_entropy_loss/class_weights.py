import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])
weight = torch.tensor([1.0, 1.0, 3.0])

per_sample = F.cross_entropy(logits, target, weight=weight, reduction="none")
print(per_sample)
#> tensor([0.2413, 3.0058])

# 'mean' divides by the total weight of the targets (1 + 3), not by N = 2.
print(F.cross_entropy(logits, target, weight=weight))
#> tensor(0.8118)
print(per_sample.sum() / weight[target].sum())
#> tensor(0.8118)
