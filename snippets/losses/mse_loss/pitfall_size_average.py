import warnings

import torch
import torch.nn as nn

prediction = torch.tensor([[1.88, -3.17, -1.77, 0.29, 0.22],
                           [1.23, 0.60, 2.00, 2.02, 0.29],
                           [2.60, 0.32, -1.03, 0.56, 2.05]])
target = torch.tensor([[-0.1, 1.1, -0.9, -0.4, -1.5],
                       [0.1, -0.1, 0.8, 1.2, 1.9],
                       [0.7, -0.9, 0.0, -1.0, 0.8]])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the legacy argument's UserWarning
    legacy = nn.MSELoss(size_average=False)
print(legacy.reduction)
#> sum
print(legacy(prediction, target))
#> tensor(42.9715)
# The sum of the squared errors, not of their absolute values:
print((prediction - target).pow(2).sum(), (prediction - target).abs().sum())
#> tensor(42.9715) tensor(21.9500)
