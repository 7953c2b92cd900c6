import warnings

import torch
import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.SmoothL1Loss(size_average=False)
    legacy_none = nn.SmoothL1Loss(reduce=False)
    # reduction='elementwise_mean' is an even older spelling of 'mean'.
    old_mean = nn.SmoothL1Loss(reduction="elementwise_mean")(torch.tensor([3.0]), torch.tensor([0.0]))
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: size_average and reduce args will be deprecated, please use reduction='sum' instead.
    #> UserWarning: size_average and reduce args will be deprecated, please use reduction='none' instead.
    #> UserWarning: reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
print(legacy_sum.reduction, legacy_none.reduction, old_mean)
#> sum none tensor(2.5000)
