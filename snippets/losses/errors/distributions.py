import warnings

import torch
import torch.nn.functional as F

mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [1.0, 2.0, 0.0]])
for var in [
    torch.ones(3, 2),                   # neither (N, D), (N, 1) nor (D) for a (2, 3) input
    torch.tensor([[1.0, -0.5, 1.0],
                  [1.0, 1.0, 1.0]]),    # a raw network output used as a variance
]:
    try:
        F.gaussian_nll_loss(mean, target, var)
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: var is of incorrect size
        #> ValueError: var has negative entry/entries
# A variance head needs a positive output, e.g. softplus.
raw = torch.tensor([[1.0, -0.5, 1.0],
                    [1.0, 1.0, 1.0]])
print(F.gaussian_nll_loss(mean, target, F.softplus(raw)))
#> tensor(0.2576)

log_q = torch.tensor([[-1.2, -0.4, -2.3],
                      [-0.7, -1.0, -1.8]]).log_softmax(dim=1)
p = torch.tensor([[0.2, 0.7, 0.1],
                  [0.5, 0.3, 0.2]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean_value = F.kl_div(log_q, p)                     # reduction='mean' is the default
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.
# 'mean' divides by N * C = 6, 'batchmean' by N = 2: the values differ by a factor C = 3.
print(mean_value, F.kl_div(log_q, p, reduction="batchmean"))
#> tensor(0.0045) tensor(0.0136)
