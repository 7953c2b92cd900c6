import warnings

import torch
import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.SoftMarginLoss(size_average=False)
    positional = nn.SoftMarginLoss("sum")  # lands in size_average: a truthy value means 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, positional.reduction)
#> sum mean

# reduction='elementwise_mean' (torch 0.4 era) still works, with a warning: it is 'mean'.
x = torch.tensor([0.8, -1.2, 0.3, 2.0])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.SoftMarginLoss(reduction="elementwise_mean")(x, y)
print(caught[0].message)
#> reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
print(old, nn.SoftMarginLoss(reduction="mean")(x, y))
#> tensor(0.4039) tensor(0.4039)
