import torch
import torch.nn as nn

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
# Target classes are 3 and 0; -1 ends the list, so the trailing 1 is not a target.
y = torch.tensor([[3, 0, -1, 1]])

loss_fn = nn.MultiLabelMarginLoss()
print(loss_fn(x, y))
#> tensor(0.8500)

# Every (target j, non-target i) pair adds max(0, 1 - (x[j] - x[i])), divided by C = 4.
pairs = [(0, 1), (0, 2), (3, 1), (3, 2)]
terms = [max(0.0, 1 - (x[0, j] - x[0, i]).item()) for j, i in pairs]
print([round(t, 4) for t in terms])
#> [1.1, 1.3, 0.4, 0.6]
print(round(sum(terms) / 4, 4))
#> 0.85
