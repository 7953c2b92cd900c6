import torch
import torch.nn.functional as F

probs = torch.tensor([[0.9, 0.2, 0.6],
                      [0.3, 0.7, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])

print(F.binary_cross_entropy(probs, target, reduction="none"))
#> tensor([[0.1054, 0.2231, 0.5108],
#>         [0.3567, 1.2040, 0.6931]])
print(F.binary_cross_entropy(probs, target, reduction="sum"))
#> tensor(3.0931)
# 'mean' divides by the number of elements, 6.
print(F.binary_cross_entropy(probs, target, reduction="mean"))
#> tensor(0.5155)
