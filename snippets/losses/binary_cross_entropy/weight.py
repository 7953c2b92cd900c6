import torch
import torch.nn.functional as F

probs = torch.tensor([[0.9, 0.2, 0.6],
                      [0.3, 0.7, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])
plain = F.binary_cross_entropy(probs, target, reduction="none")

# weight is broadcast to the target's shape: (3,) weighs each column (label) ...
per_label = torch.tensor([1.0, 2.0, 3.0])
print(F.binary_cross_entropy(probs, target, weight=per_label, reduction="none"))
#> tensor([[0.1054, 0.4463, 1.5325],
#>         [0.3567, 2.4079, 2.0794]])
# ... and (2, 1) weighs each row (sample).
per_sample = torch.tensor([[1.0], [2.0]])
print(F.binary_cross_entropy(probs, target, weight=per_sample, reduction="none"))
#> tensor([[0.1054, 0.2231, 0.5108],
#>         [0.7133, 2.4079, 1.3863]])

# 'mean' is the plain mean of the weighted terms: it divides by 6, not by the sum of weights.
print(F.binary_cross_entropy(probs, target, weight=per_label))
#> tensor(1.1547)
print((plain * per_label).mean())
#> tensor(1.1547)
