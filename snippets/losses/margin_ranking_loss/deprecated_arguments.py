import warnings

import torch
import torch.nn as nn

x1 = torch.tensor([0.8, 0.3, 0.4])
x2 = torch.tensor([0.6, 0.6, 1.0])
y = torch.tensor([1.0, 1.0, -1.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.MarginRankingLoss(size_average=False)
    positional = nn.MarginRankingLoss(0.5, "sum")  # 'sum' lands in size_average: it means 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, positional.reduction)
#> sum mean
print(positional(x1, x2, y), nn.MarginRankingLoss(0.5, reduction="sum")(x1, x2, y))
#> tensor(0.3667) tensor(1.1000)
