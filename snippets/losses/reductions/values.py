import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([[1.0, 2.0, 3.0],
                     [4.0, 5.0, 6.0]])
target = torch.tensor([[1.5, 2.0, 2.0],
                       [4.0, 3.0, 6.5]])

none = F.mse_loss(pred, target, reduction="none")  # one loss per element, the input's shape
print(none)
#> tensor([[0.2500, 0.0000, 1.0000],
#>         [0.0000, 4.0000, 0.2500]])
print(F.mse_loss(pred, target, reduction="sum"), none.sum())
#> tensor(5.5000) tensor(5.5000)
print(F.mse_loss(pred, target, reduction="mean"), none.sum() / none.numel())
#> tensor(0.9167) tensor(0.9167)
print(nn.MSELoss().reduction)  # the default
#> mean

# A module stores the string without checking it; the first call raises.
loss_fn = nn.MSELoss(reduction="batchmean")   # 'batchmean' exists for KLDivLoss only
try:
    loss_fn(pred, target)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: batchmean is not a valid value for reduction
try:
    F.mse_loss(pred, target, reduction="Mean")  # case matters
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Mean is not a valid value for reduction
