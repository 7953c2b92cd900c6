import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4],
                       [0.0, 0.0, 0.0, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0],
                       [0.0, 0.0, 0.0, 0.0]])  # a sample with no label at all is fine

print(F.multilabel_soft_margin_loss(logits, target, reduction="none"))
#> tensor([0.2789, 0.3913, 0.6931])
print(F.multilabel_soft_margin_loss(logits, target, reduction="sum"))
#> tensor(1.3634)
# 'mean' averages the N = 3 per-sample values.
print(F.multilabel_soft_margin_loss(logits, target, reduction="mean"))
#> tensor(0.4545)
