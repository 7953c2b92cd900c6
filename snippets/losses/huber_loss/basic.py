import torch
import torch.nn as nn

# Errors x - y of 0.5, 1, -2 and 3: 0.5 < delta is quadratic (0.5 * 0.5**2 = 0.125),
# the others are linear (delta * (|x - y| - 0.5)).
prediction = torch.tensor([0.5, 1.0, -2.0, 3.0])
target = torch.tensor([0.0, 0.0, 0.0, 0.0])

print(nn.HuberLoss(reduction="none")(prediction, target))  # default delta=1.0
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])
print(nn.HuberLoss(reduction="sum")(prediction, target))
#> tensor(4.6250)
print(nn.HuberLoss()(prediction, target))
#> tensor(1.1562)
