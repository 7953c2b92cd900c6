import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4],
                       [0.0, 0.0, 0.0, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0],
                       [0.0, 0.0, 0.0, 0.0]])
elementwise = F.binary_cross_entropy_with_logits(logits, target, reduction="none")

# 'none': BCEWithLogitsLoss averaged over the classes.
print(F.multilabel_soft_margin_loss(logits, target, reduction="none"))
#> tensor([0.2789, 0.3913, 0.6931])
print(elementwise.mean(dim=1))
#> tensor([0.2789, 0.3913, 0.6931])
# 'mean': then averaged over the batch, which is the plain BCEWithLogitsLoss mean.
print(F.multilabel_soft_margin_loss(logits, target), elementwise.mean(dim=1).mean(),
      F.binary_cross_entropy_with_logits(logits, target))
#> tensor(0.4545) tensor(0.4545) tensor(0.4545)
# 'sum' is the only reduction where they differ: a sum of per-sample means, i.e. divided by C = 4.
print(F.multilabel_soft_margin_loss(logits, target, reduction="sum"), elementwise.sum() / 4)
#> tensor(1.3634) tensor(1.3634)
