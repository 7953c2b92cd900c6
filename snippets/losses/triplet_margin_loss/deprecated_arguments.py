import warnings

import torch
import torch.nn as nn

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.TripletMarginLoss(size_average=False)
    positional = nn.TripletMarginLoss(1.0, 2.0, 1e-6, False, "sum")  # 'sum' lands in size_average
    # reduction='elementwise_mean' is the PyTorch 0.4 name of 'mean'.
    old_mean = nn.TripletMarginLoss(reduction="elementwise_mean")(anchor, positive, negative)
print({warning.category.__name__ for warning in caught})
#> {'UserWarning'}
for warning in caught:
    print(warning.message)
    #> size_average and reduce args will be deprecated, please use reduction='sum' instead.
    #> size_average and reduce args will be deprecated, please use reduction='mean' instead.
    #> reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
print(legacy_sum.reduction, legacy_sum(anchor, positive, negative), old_mean)
#> sum tensor(3.5000) tensor(1.1667)
print(positional.reduction, positional(anchor, positive, negative))
#> mean tensor(1.1667)
