import warnings

import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.PoissonNLLLoss(size_average=False)
    legacy_none = nn.PoissonNLLLoss(reduce=False)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, legacy_none.reduction)
#> sum none
