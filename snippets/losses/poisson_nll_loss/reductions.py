import torch
import torch.nn.functional as F

log_rate = torch.tensor([[0.5, -1.0, 2.0],
                         [0.0, 1.0, 1.5]])
counts = torch.tensor([[0.0, 1.0, 2.0],
                       [5.0, 3.0, 4.0]])

none = F.poisson_nll_loss(log_rate, counts, reduction="none")
print(none)
#> tensor([[ 1.6487,  1.3679,  3.3891],
#>         [ 1.0000, -0.2817, -1.5183]])
print(F.poisson_nll_loss(log_rate, counts, reduction="sum"), none.sum())
#> tensor(5.6056) tensor(5.6056)
# 'mean' divides by the number of elements (6), not by the batch size (2).
print(F.poisson_nll_loss(log_rate, counts, reduction="mean"), none.sum() / 6)
#> tensor(0.9343) tensor(0.9343)
