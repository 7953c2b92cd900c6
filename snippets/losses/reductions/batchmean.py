import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)   # (N=2, C=3)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])

total = F.kl_div(log_q, p, reduction="sum")
# 'batchmean': divided by input.size(0) = 2, the mean KL divergence per sample.
print(F.kl_div(log_q, p, reduction="batchmean"), total / 2)
#> tensor(0.0384) tensor(0.0384)
# 'mean': divided by input.numel() = 6, and a warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean = F.kl_div(log_q, p, reduction="mean")
print(mean, total / 6)
#> tensor(0.0128) tensor(0.0128)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.

# The same number without the warning: 'sum' divided by numel yourself.
with warnings.catch_warnings(record=True) as quiet:
    warnings.simplefilter("always")
    same = F.kl_div(log_q, p, reduction="sum") / log_q.numel()
print(same, len(quiet))
#> tensor(0.0128) 0

# Extra dimensions (N=2, C=3, L=2): 'batchmean' still divides by N = 2 only.
log_q3 = torch.stack([log_q, log_q.flip(0)], dim=2)
p3 = torch.stack([p, p], dim=2)
print(F.kl_div(log_q3, p3, reduction="batchmean"), F.kl_div(log_q3, p3, reduction="sum") / 2)
#> tensor(1.0018) tensor(1.0018)
# A 0-dimensional input has no batch dimension: 'batchmean' equals 'sum'.
print(F.kl_div(log_q[0, 0], p[0, 0], reduction="batchmean"),
      F.kl_div(log_q[0, 0], p[0, 0], reduction="sum"))
#> tensor(0.0357) tensor(0.0357)

# torch 2.13 still defaults to 'mean'.
print(nn.KLDivLoss().reduction)
#> mean
