import warnings

import torch
import torch.nn as nn

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([3, 0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.MultiMarginLoss(size_average=False)
    positional = nn.MultiMarginLoss(1, 1.0, None, "sum")  # 'sum' lands in size_average: 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, positional.reduction)
#> sum mean
print(positional(x, y), nn.MultiMarginLoss(reduction="sum")(x, y))
#> tensor(0.2750) tensor(0.5500)
