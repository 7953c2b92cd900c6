import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
encoder = nn.Linear(8, 4)                                  # an item -> a 4-dim embedding
left, right = torch.randn(6, 8), torch.randn(6, 8)         # 6 pairs of items
target = torch.tensor([1.0, -1.0, 1.0, -1.0, -1.0, 1.0])   # 1: similar pair, -1: dissimilar

distance = F.pairwise_distance(encoder(left), encoder(right))  # (6,), one distance per pair
loss = nn.HingeEmbeddingLoss(margin=1.0)(distance, target)
loss.backward()
print(distance.shape, target.shape, loss.shape)
#> torch.Size([6]) torch.Size([6]) torch.Size([])
