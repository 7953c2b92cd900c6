import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4],
                       [0.7, 0.0, -0.2, 1.1]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0],
                       [1.0, 1.0, 0.0, 0.0]])
weight = torch.tensor([1.0, 2.0, 0.5, 4.0])  # one weight per class
elementwise = F.binary_cross_entropy_with_logits(logits, target, weight=weight, reduction="none")  # (N, C)

# 'none': one value per sample, the weighted BCE averaged over the C classes.
print(F.multilabel_soft_margin_loss(logits, target, weight=weight, reduction="none"))
#> tensor([0.6165, 0.8530, 1.9095])
print(elementwise.mean(dim=1))
#> tensor([0.6165, 0.8530, 1.9095])

# 'mean': then averaged over the batch, the same number as the plain BCEWithLogitsLoss mean.
print(F.multilabel_soft_margin_loss(logits, target, weight=weight), elementwise.mean(dim=1).mean(),
      F.binary_cross_entropy_with_logits(logits, target, weight=weight))
#> tensor(1.1263) tensor(1.1263) tensor(1.1263)

# 'sum' adds the per-sample means: the BCEWithLogitsLoss sum divided by C = 4.
print(F.multilabel_soft_margin_loss(logits, target, weight=weight, reduction="sum"),
      F.binary_cross_entropy_with_logits(logits, target, weight=weight, reduction="sum") / 4)
#> tensor(3.3790) tensor(3.3790)
