import torch
import torch.nn.functional as F

# An example: 2 samples, 4 classes, probability targets.
logits = torch.tensor([[0.3, -1.2, 0.8, 0.1],
                       [1.5, 0.2, -0.7, 0.4]])
p = torch.tensor([[0.1, 0.5, 0.3, 0.1],
                  [0.25, 0.0, 0.5, 0.25]])

ce = F.cross_entropy(logits, p, reduction="none")                               # H(P, Q)
entropy = -torch.xlogy(p, p).sum(dim=1)                                         # H(P)
kl = F.kl_div(F.log_softmax(logits, dim=1), p, reduction="none").sum(dim=1)     # KL(P || Q)
print(entropy, kl, sep="\n")
#> tensor([1.1683, 1.0397])
#> tensor([0.7575, 0.8754])
print(entropy + kl, ce, sep="\n")
#> tensor([1.9258, 1.9151])
#> tensor([1.9258, 1.9151])

# One-hot targets have zero entropy: KL 'batchmean' equals cross_entropy with class indices.
target = torch.tensor([2, 0])
one_hot = F.one_hot(target, num_classes=4).float()
print(F.kl_div(F.log_softmax(logits, dim=1), one_hot, reduction="batchmean"), F.cross_entropy(logits, target))
#> tensor(0.6730) tensor(0.6730)
