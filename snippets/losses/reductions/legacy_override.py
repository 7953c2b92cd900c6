import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([0.0, 2.0, 5.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # A legacy argument overrides an explicit reduction, silently apart from the warning.
    print(nn.MSELoss(reduce=True, reduction="none").reduction)
    #> mean
    print(F.mse_loss(pred, target, size_average=False, reduction="none"))
    #> tensor(5.)
    # reduce is a bool: the string 'none' is truthy, so it means reduce=True -> 'mean'.
    print(nn.MSELoss(reduce="none").reduction)
    #> mean
print(len(caught), caught[-1].message)
#> 3 size_average and reduce args will be deprecated, please use reduction='mean' instead.

# A module warns once, when it is built; the functional form warns on every call.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss_fn = nn.MSELoss(size_average=False)
    for _ in range(3):
        loss_fn(pred, target)
    for _ in range(3):
        F.mse_loss(pred, target, size_average=False)
print(len(caught))
#> 4
# Passing both as None is the same as not passing them: no warning, reduction is used.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss_fn = nn.MSELoss(size_average=None, reduce=None, reduction="sum")
print(loss_fn.reduction, len(caught))
#> sum 0

