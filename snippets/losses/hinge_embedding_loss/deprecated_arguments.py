import warnings

import torch
import torch.nn as nn

distance = torch.tensor([0.3, 1.5, 0.2, 2.0])
y = torch.tensor([1.0, 1.0, -1.0, -1.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.HingeEmbeddingLoss(size_average=False)
    positional = nn.HingeEmbeddingLoss(1.0, "sum")  # 'sum' lands in size_average: it means 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, positional.reduction)
#> sum mean
print(positional(distance, y), nn.HingeEmbeddingLoss(1.0, reduction="sum")(distance, y))
#> tensor(0.6500) tensor(2.6000)
