import torch
import torch.nn as nn
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

module = nn.TripletMarginLoss(margin=0.5, p=1.0, swap=True)
print(module(anchor, positive, negative), F.triplet_margin_loss(anchor, positive, negative, margin=0.5, p=1.0, swap=True))
#> tensor(0.8333) tensor(0.8333)

# The same loss written with nn.PairwiseDistance, which computes ||x - y + eps||_p.
dist = nn.PairwiseDistance(p=2.0, eps=1e-6)
manual = (1.0 + dist(anchor, positive) - dist(anchor, negative)).clamp(min=0).mean()
print(torch.equal(manual, F.triplet_margin_loss(anchor, positive, negative)))
#> True
