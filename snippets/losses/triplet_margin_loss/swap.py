import torch
import torch.nn.functional as F

# Triplet 0: d(a, p) = 1, d(a, n) = 2, but the negative is only 1 away from the positive.
# Triplet 1: d(p, n) = 3 is larger than d(a, n) = 2, so swap changes nothing.
anchor = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
positive = torch.tensor([[1.0, 0.0], [-1.0, 0.0]])
negative = torch.tensor([[2.0, 0.0], [2.0, 0.0]])

print(F.triplet_margin_loss(anchor, positive, negative, margin=0.5, reduction="none"))
#> tensor([0., 0.])
# swap=True uses min(d(a, n), d(p, n)) as the negative distance.
print(F.triplet_margin_loss(anchor, positive, negative, margin=0.5, swap=True, reduction="none"))
#> tensor([0.5000, 0.0000])
d_ap = F.pairwise_distance(anchor, positive)
d_neg = torch.minimum(F.pairwise_distance(anchor, negative), F.pairwise_distance(positive, negative))
print((0.5 + d_ap - d_neg).clamp(min=0))
#> tensor([0.5000, 0.0000])
