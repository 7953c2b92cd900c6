import torch
import torch.nn as nn

# Raw scores (logits) for 2 samples x 3 independent labels, and 0/1 targets.
logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])

loss_fn = nn.BCEWithLogitsLoss()
print(loss_fn(logits, target))
#> tensor(0.5240)

# Per element: -[y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x))].
print(nn.BCEWithLogitsLoss(reduction="none")(logits, target))
#> tensor([[0.1051, 0.2204, 0.5130],
#>         [0.3711, 1.2412, 0.6931]])
p = torch.sigmoid(logits)
print(-(target * p.log() + (1 - target) * (1 - p).log()))
#> tensor([[0.1051, 0.2204, 0.5130],
#>         [0.3711, 1.2412, 0.6931]])
