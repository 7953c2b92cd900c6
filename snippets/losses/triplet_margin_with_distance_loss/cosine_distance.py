import torch
import torch.nn as nn
import torch.nn.functional as F

anchor = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[2.0, 1.0], [1.0, 0.0]])
negative = torch.tensor([[0.0, 3.0], [1.0, 2.0]])


def cosine_distance(x, y):
    # 1 - cos(x, y): 0 for the same direction, 2 for opposite directions; the length is ignored.
    return 1.0 - F.cosine_similarity(x, y, dim=-1)


print(cosine_distance(anchor, positive), cosine_distance(anchor, negative))
#> tensor([0.1056, 0.2929]) tensor([1.0000, 0.0513])
loss_fn = nn.TripletMarginWithDistanceLoss(distance_function=cosine_distance, margin=0.2, reduction="none")
print(loss_fn(anchor, positive, negative))
#> tensor([0.0000, 0.4416])
# max(d(a, p) - d(a, n) + margin, 0) with the cosine distance
print((cosine_distance(anchor, positive) - cosine_distance(anchor, negative) + 0.2).clamp(min=0))
#> tensor([0.0000, 0.4416])
