import torch
import torch.nn as nn

# Errors x - y of 0.5, 1, -2 and 3: the branch is chosen per element.
# 0.5 < beta is quadratic (0.5 * 0.5**2 = 0.125); the others are linear (|x - y| - 0.5).
prediction = torch.tensor([0.5, 1.0, -2.0, 3.0])
target = torch.tensor([0.0, 0.0, 0.0, 0.0])

print(nn.SmoothL1Loss(reduction="none")(prediction, target))  # default beta=1.0
#> tensor([0.1250, 0.5000, 1.5000, 2.5000])
print(nn.SmoothL1Loss(reduction="sum")(prediction, target))
#> tensor(4.6250)
print(nn.SmoothL1Loss()(prediction, target))
#> tensor(1.1562)
