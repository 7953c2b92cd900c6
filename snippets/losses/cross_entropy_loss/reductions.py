import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])

print(F.cross_entropy(logits, target, reduction="none"))
#> tensor([0.2413, 1.0019])
print(F.cross_entropy(logits, target, reduction="sum"))
#> tensor(1.2433)
print(F.cross_entropy(logits, target, reduction="mean"))
#> tensor(0.6216)
