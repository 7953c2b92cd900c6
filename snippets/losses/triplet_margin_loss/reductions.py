import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

print(F.triplet_margin_loss(anchor, positive, negative, reduction="none"))
#> tensor([0.0000, 1.5000, 2.0000])
print(F.triplet_margin_loss(anchor, positive, negative, reduction="sum"))
#> tensor(3.5000)
# 'mean' divides by N = 3, including the triplet whose loss is already 0.
print(F.triplet_margin_loss(anchor, positive, negative, reduction="mean"))
#> tensor(1.1667)

