import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
encoder = nn.Linear(8, 4)                  # an item -> a 4-dim embedding
anchor, positive, negative = torch.randn(6, 8), torch.randn(6, 8), torch.randn(6, 8)  # 6 triplets

a, p, n = encoder(anchor), encoder(positive), encoder(negative)  # (6, 4) each
cosine_distance = lambda x, y: 1 - F.cosine_similarity(x, y, dim=-1)  # one distance per row
loss = nn.TripletMarginWithDistanceLoss(distance_function=cosine_distance, margin=0.2)(a, p, n)
loss.backward()
print(a.shape, cosine_distance(a, p).shape, loss.shape)
#> torch.Size([6, 4]) torch.Size([6]) torch.Size([])
