import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3],
                       [1.0, 1.0, 1.0]])
target = torch.tensor([0, -100, 2])  # -100 is the default ignore_index

print(F.cross_entropy(logits, target, reduction="none"))
#> tensor([0.2413, 0.0000, 1.0986])
# The mean is taken over the 2 targets that are not ignored.
print(F.cross_entropy(logits, target))
#> tensor(0.6700)

# When every target is ignored, 'mean' is 0 / 0.
print(F.cross_entropy(logits, torch.tensor([-100, -100, -100])))
#> tensor(nan)
