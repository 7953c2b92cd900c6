import torch
import torch.nn as nn
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[1.0, 1.0], [2.0, 1.0]])
negative = torch.tensor([[1.5, 0.0], [1.0, 1.5]])

# Any callable (x, y) -> one distance per row works, a module included.
manhattan = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(p=1.0), reduction="none")
print(manhattan(anchor, positive, negative), F.triplet_margin_loss(anchor, positive, negative, p=1.0, reduction="none"))
#> tensor([1.5000, 1.5000]) tensor([1.5000, 1.5000])

# Squared Euclidean distance, without the eps shift of pairwise_distance.
def squared_euclidean(x, y):
    return (x - y).pow(2).sum(dim=-1)


print(squared_euclidean(anchor, positive).tolist(), squared_euclidean(anchor, negative).tolist())
#> [2.0, 1.0] [2.25, 0.25]
squared = nn.TripletMarginWithDistanceLoss(distance_function=squared_euclidean, reduction="none")
print(squared(anchor, positive, negative).tolist())
#> [0.75, 1.75]
