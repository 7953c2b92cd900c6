import torch
import torch.nn.functional as F

distance = torch.tensor([0.3, 1.5, 0.2, 2.0])

# 1/0 labels instead of 1/-1: no error. A 0 is neither 1 nor -1, so it gets BOTH terms:
# distance + max(0, margin - distance) = max(distance, margin).
print(F.hinge_embedding_loss(distance, torch.tensor([1.0, 1.0, 0.0, 0.0]), reduction="none"))
#> tensor([0.3000, 1.5000, 1.0000, 2.0000])
print(torch.maximum(distance[2:], torch.tensor(1.0)))
#> tensor([1., 2.])

# The intended loss, with 0 mapped to -1:
labels01 = torch.tensor([1.0, 1.0, 0.0, 0.0])
print(F.hinge_embedding_loss(distance, 2 * labels01 - 1, reduction="none"))
#> tensor([0.3000, 1.5000, 0.8000, 0.0000])
