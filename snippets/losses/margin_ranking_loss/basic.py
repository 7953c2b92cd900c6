import torch
import torch.nn as nn

# Scores of two candidates per pair; target 1: the first should rank higher, -1: the second.
x1 = torch.tensor([0.8, 0.3, 0.4])
x2 = torch.tensor([0.6, 0.6, 1.0])
y = torch.tensor([1.0, 1.0, -1.0])

loss_fn = nn.MarginRankingLoss()
print(loss_fn(x1, x2, y))
#> tensor(0.1000)

# Per pair: max(0, -y * (x1 - x2) + margin), margin = 0 by default.
print(nn.MarginRankingLoss(reduction="none")(x1, x2, y))
#> tensor([0.0000, 0.3000, 0.0000])
print((-y * (x1 - x2)).clamp(min=0))
#> tensor([0.0000, 0.3000, 0.0000])
