import torch
import torch.nn.functional as F

# Targets need not be 0 or 1: any value in [0, 1] is allowed (soft labels).
probs = torch.tensor([0.1, 0.3, 0.5, 0.7, 0.9])
target = torch.full((5,), 0.7)
print(F.binary_cross_entropy(probs, target, reduction="none"))
#> tensor([1.6434, 0.9498, 0.6931, 0.6109, 0.7645])
# The loss is smallest at p = target, and that minimum is the entropy of the target, not 0.
print(F.binary_cross_entropy(torch.tensor([0.7]), torch.tensor([0.7])))
#> tensor(0.6109)
