import torch
import torch.nn.functional as F

logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])

print(F.binary_cross_entropy_with_logits(logits, target, reduction="none"))
#> tensor([[0.1051, 0.2204, 0.5130],
#>         [0.3711, 1.2412, 0.6931]])
print(F.binary_cross_entropy_with_logits(logits, target, reduction="sum"))
#> tensor(3.1439)
# 'mean' divides by the number of elements, 6.
print(F.binary_cross_entropy_with_logits(logits, target, reduction="mean"))
#> tensor(0.5240)
