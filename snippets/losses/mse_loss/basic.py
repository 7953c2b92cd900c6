import torch
import torch.nn as nn

output = torch.tensor([1.0, 2.0, 0.0, 0.0, 0.0])
target = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.0])

print(nn.MSELoss(reduction="none")(output, target))  # (x - y) ** 2
#> tensor([0., 4., 0., 1., 0.])
print(nn.MSELoss(reduction="sum")(output, target))
#> tensor(5.)
print(nn.MSELoss()(output, target))  # default reduction='mean'
#> tensor(1.)
