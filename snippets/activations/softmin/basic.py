import torch
import torch.nn as nn
import torch.nn.functional as F

# Distances from two queries to three candidates: the closest gets the largest weight.
distances = torch.tensor([[0.5, 2.0, 4.0],
                          [3.0, 3.0, 0.0]])
weights = nn.Softmin(dim=1)(distances)
print(weights)
#> tensor([[0.7979, 0.1780, 0.0241],
#>         [0.0453, 0.0453, 0.9094]])
print(weights.sum(dim=1))
#> tensor([1.0000, 1.0000])
# Softmin(x) is Softmax(-x), bit for bit.
print(torch.equal(weights, F.softmax(-distances, dim=1)), torch.equal(weights, F.softmin(distances, dim=1)))
#> True True
# With two entries, softmin([x, 0])[0] is sigmoid(-x).
x = torch.tensor([-2.0, 0.0, 3.0])
print(F.softmin(torch.stack([x, torch.zeros(3)], dim=1), dim=1)[:, 0], torch.sigmoid(-x))
#> tensor([0.8808, 0.5000, 0.0474]) tensor([0.8808, 0.5000, 0.0474])
# Only the nn module and the functional form exist: no torch.softmin, no Tensor.softmin.
print(hasattr(torch, "softmin"), hasattr(torch.Tensor, "softmin"))
#> False False
