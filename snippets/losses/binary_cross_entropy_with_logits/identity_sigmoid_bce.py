import torch
import torch.nn as nn

logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.7, 0.25]])  # soft targets are fine
weight = torch.tensor([1.0, 2.0, 3.0])

fused = nn.BCEWithLogitsLoss(weight=weight)(logits, target)
split = nn.BCELoss(weight=weight)(nn.Sigmoid()(logits), target)
print(fused, split, torch.allclose(fused, split))
#> tensor(0.9596) tensor(0.9596) True
