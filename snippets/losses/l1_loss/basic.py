import torch
import torch.nn as nn

# Predictions and targets of any (identical) shape, as floating-point tensors.
output = torch.tensor([1.0, 0.0, 0.0, 0.0, 0.0])
target = torch.tensor([1.0, 1.0, 0.0, 1.0, 0.0])

print(nn.L1Loss(reduction="none")(output, target))
#> tensor([0., 1., 0., 1., 0.])
print(nn.L1Loss(reduction="sum")(output, target))
#> tensor(2.)
print(nn.L1Loss()(output, target))  # default reduction='mean': 2 / 5 = 0.4
#> tensor(0.4000)
