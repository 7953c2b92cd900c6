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

# The third positional parameter is size_average, not eps: eps keeps its default.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    positional = nn.PoissonNLLLoss(False, False, 1e-3)
print(positional.eps, positional.reduction)
#> 1e-08 mean
