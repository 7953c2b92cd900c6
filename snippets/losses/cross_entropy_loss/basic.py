import torch
import torch.nn as nn

# Raw scores (logits) for 3 samples and 5 classes, and one class index per sample.
logits = torch.tensor([[-0.6324, 0.1134, 0.0695, -1.6937, -0.3634],
                       [1.2044, 2.0876, -1.6558, -0.4869, -0.8516],
                       [-0.7290, -0.4808, 0.8488, -0.3595, -1.3598]])
target = torch.tensor([1, 0, 3])

loss_fn = nn.CrossEntropyLoss()
print(loss_fn(logits, target))
#> tensor(1.4465)

# Per-sample losses: -logits[n, target[n]] + logsumexp(logits[n])
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, target)
print(per_sample)
#> tensor([1.1682, 1.3319, 1.8393])
print(-logits[torch.arange(3), target] + logits.logsumexp(dim=1))
#> tensor([1.1682, 1.3319, 1.8393])
