import torch
import torch.nn.functional as F

mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])
var = torch.tensor([[1.0, 2.0, 4.0],
                    [0.5, 1.0, 0.25]])

none = F.gaussian_nll_loss(mean, target, var, reduction="none")
print(none)
#> tensor([[ 0.1250,  0.3466,  0.8181],
#>         [ 0.6534,  0.5000, -0.6931]])
print(F.gaussian_nll_loss(mean, target, var, reduction="sum"), none.sum())
#> tensor(1.7500) tensor(1.7500)
# 'mean' averages all 6 elements, not the 2 rows.
print(F.gaussian_nll_loss(mean, target, var, reduction="mean"), none.sum() / 6)
#> tensor(0.2917) tensor(0.2917)
