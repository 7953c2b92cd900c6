import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy_sum = nn.KLDivLoss(size_average=False)
    legacy_none = nn.KLDivLoss(reduce=False)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
print(legacy_sum.reduction, legacy_none.reduction)
#> sum none

# A positional 'batchmean' lands in size_average: the reduction stays 'mean'.
log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(nn.KLDivLoss("batchmean").reduction, F.kl_div(log_q, p, "batchmean"))
    #> mean tensor(0.0128)
print(F.kl_div(log_q, p, reduction="batchmean"))
#> tensor(0.0384)
