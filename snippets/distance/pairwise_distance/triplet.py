import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[0.5, 0.0], [1.0, 2.0]])
negative = torch.tensor([[2.0, 0.0], [1.0, 1.5]])
# TripletMarginLoss = max(d(a, p) - d(a, n) + margin, 0) with d = pairwise_distance (eps included).
by_hand = (F.pairwise_distance(anchor, positive) - F.pairwise_distance(anchor, negative) + 1.0).clamp_min(0)
print(F.triplet_margin_loss(anchor, positive, negative, margin=1.0, reduction="none"))
#> tensor([0.0000, 1.5000])
print(by_hand)
#> tensor([0.0000, 1.5000])
