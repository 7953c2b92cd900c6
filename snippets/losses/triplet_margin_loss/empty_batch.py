import torch
import torch.nn.functional as F

# An empty batch: 'sum' is 0, 'mean' is 0 / 0.
empty = torch.zeros(0, 2)
print(F.triplet_margin_loss(empty, empty, empty, reduction="sum"),
      F.triplet_margin_loss(empty, empty, empty))
#> tensor(0.) tensor(nan)
