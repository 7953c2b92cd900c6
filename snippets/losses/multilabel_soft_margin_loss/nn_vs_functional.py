import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0]])
weight = torch.tensor([1.0, 2.0, 0.5, 4.0])
print(nn.MultiLabelSoftMarginLoss(weight=weight)(logits, target),
      F.multilabel_soft_margin_loss(logits, target, weight=weight))
#> tensor(0.6165) tensor(0.6165)
