import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])
eps, classes = 0.1, 3

print(F.cross_entropy(logits, target, label_smoothing=eps))
#> tensor(0.7016)

# Same as probability targets (1 - eps) * one_hot + eps / C.
smoothed = (1 - eps) * F.one_hot(target, classes).float() + eps / classes
print(F.cross_entropy(logits, smoothed))
#> tensor(0.7016)
