import warnings

import torch
import torch.nn as nn

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.TripletMarginLoss(size_average=False)
    # reduction='elementwise_mean' (seed note 000) is the pre-1.0 name of 'mean'.
    old_mean = nn.TripletMarginLoss(reduction="elementwise_mean")(anchor, positive, negative)
for warning in caught:
    print(warning.message)
    #> size_average and reduce args will be deprecated, please use reduction='sum' instead.
    #> reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
print(legacy_sum.reduction, legacy_sum(anchor, positive, negative), old_mean)
#> sum tensor(3.5000) tensor(1.1667)
