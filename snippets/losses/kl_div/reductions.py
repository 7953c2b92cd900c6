import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])

none = F.kl_div(log_q, p, reduction="none")   # same shape as the input
print(none)
#> tensor([[ 0.0357, -0.0404,  0.0105],
#>         [-0.0434,  0.1995, -0.0851]])
print(F.kl_div(log_q, p, reduction="sum"), none.sum())
#> tensor(0.0768) tensor(0.0768)
# 'batchmean': sum / input.size(0), the KL divergence per sample
print(F.kl_div(log_q, p, reduction="batchmean"), none.sum() / 2)
#> tensor(0.0384) tensor(0.0384)
# 'mean' (the default): sum / numel, here sum / 6, and a warning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean = F.kl_div(log_q, p)
print(mean, none.sum() / 6)
#> tensor(0.0128) tensor(0.0128)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.

# Higher-dimensional input (N=2, C=3, L=2): 'batchmean' still divides by N only.
log_q3 = torch.stack([log_q, log_q.flip(0)], dim=2)
p3 = torch.stack([p, p], dim=2)
print(F.kl_div(log_q3, p3, reduction="batchmean"), F.kl_div(log_q3, p3, reduction="sum") / 2)
#> tensor(1.0018) tensor(1.0018)

# torch 2.13 still defaults to 'mean'.
print(nn.KLDivLoss().reduction)
#> mean
