import torch
import torch.nn as nn

# Probabilities (e.g. sigmoid outputs) for 2 samples x 3 independent labels, and 0/1 targets.
probs = torch.tensor([[0.9, 0.2, 0.6],
                      [0.3, 0.7, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])

loss_fn = nn.BCELoss()
print(loss_fn(probs, target))
#> tensor(0.5155)

# Per element: -log(p) where the target is 1, -log(1 - p) where it is 0.
print(nn.BCELoss(reduction="none")(probs, target))
#> tensor([[0.1054, 0.2231, 0.5108],
#>         [0.3567, 1.2040, 0.6931]])
print(-(target * probs.log() + (1 - target) * (1 - probs).log()))
#> tensor([[0.1054, 0.2231, 0.5108],
#>         [0.3567, 1.2040, 0.6931]])
