import warnings

import torch
import torch.nn as nn

x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]])
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
y = torch.tensor([1.0, -1.0, -1.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.CosineEmbeddingLoss(size_average=False)
    positional = nn.CosineEmbeddingLoss(0.0, "sum")  # 'sum' lands in size_average: it means 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, positional.reduction)
#> sum mean
print(positional(x1, x2, y), nn.CosineEmbeddingLoss(0.0, reduction="sum")(x1, x2, y))
#> tensor(0.3643) tensor(1.0929)
