import torch
import torch.nn.functional as F

# N = D = 3, and one variance per feature (column) meant to broadcast.
mean = torch.zeros(3, 3)
target = torch.tensor([[1.0, 1.0, 1.0],
                       [2.0, 2.0, 2.0],
                       [3.0, 3.0, 3.0]])
var_per_feature = torch.tensor([1.0, 2.0, 4.0])

# A (D,) var has "one fewer dimension" than (N, D), so it becomes (N, 1): one variance per ROW.
print(F.gaussian_nll_loss(mean, target, var_per_feature, reduction="none"))
#> tensor([[0.5000, 0.5000, 0.5000],
#>         [1.3466, 1.3466, 1.3466],
#>         [1.8181, 1.8181, 1.8181]])
# Write the intended shape: (1, D) is one variance per column.
print(F.gaussian_nll_loss(mean, target, var_per_feature.unsqueeze(0), reduction="none"))
#> tensor([[0.5000, 0.5966, 0.8181],
#>         [2.0000, 1.3466, 1.1931],
#>         [4.5000, 2.5966, 1.8181]])
