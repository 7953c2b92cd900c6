import torch
import torch.nn as nn
import torch.nn.functional as F

# Ranking: two score tensors (N,) and a +1/-1 target saying which should be larger.
s1 = torch.tensor([0.8, 0.2, 0.5])
s2 = torch.tensor([0.3, 0.6, 0.5])
y = torch.tensor([1.0, -1.0, 1.0])
print(s1.shape, y.dtype, nn.MarginRankingLoss(margin=0.1)(s1, s2, y))
#> torch.Size([3]) torch.float32 tensor(0.0333)

# Binary classification with +1/-1 labels on raw scores.
print(nn.SoftMarginLoss()(torch.tensor([2.0, -1.0, 0.5]), y))
#> tensor(0.3048)
# Multi-class hinge: raw scores (N, C) and int64 class indices (N,).
scores = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])
classes = torch.tensor([0, 2])
print(scores.shape, classes.dtype, nn.MultiMarginLoss()(scores, classes))
#> torch.Size([2, 3]) torch.int64 tensor(0.4500)

# Embeddings (N, D): pairs with a +1/-1 similarity target, or (anchor, positive, negative) triplets.
a = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
b = torch.tensor([[0.8, 0.6], [1.0, 0.0]])
c = torch.tensor([[0.0, 1.0], [0.0, 0.9]])
pair_target = torch.tensor([1.0, -1.0])
print(a.shape, nn.CosineEmbeddingLoss()(a, b, pair_target))
#> torch.Size([2, 2]) tensor(0.1000)
print(nn.TripletMarginLoss(margin=1.0)(a, b, c))
#> tensor(1.2662)
cosine_distance = lambda u, v: 1.0 - F.cosine_similarity(u, v, dim=-1)
print(nn.TripletMarginWithDistanceLoss(distance_function=cosine_distance, margin=0.5)(a, b, c))
#> tensor(0.7500)
# HingeEmbeddingLoss takes DISTANCES (>= 0), e.g. the pairwise distance of the pairs above.
distance = F.pairwise_distance(a, b)
print(distance, nn.HingeEmbeddingLoss(margin=1.0)(distance, pair_target))
#> tensor([0.6325, 1.4142]) tensor(0.3162)
