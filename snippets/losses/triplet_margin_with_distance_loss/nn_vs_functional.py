import torch
import torch.nn as nn
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])
manhattan = nn.PairwiseDistance(p=1.0)

module = nn.TripletMarginWithDistanceLoss(distance_function=manhattan, margin=0.5, swap=True)
print(module(anchor, positive, negative),
      F.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=manhattan,
                                          margin=0.5, swap=True))
#> tensor(0.8333) tensor(0.8333)
