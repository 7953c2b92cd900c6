import torch
import torch.nn as nn

# The input is a distance between the two members of each pair (>= 0).
distance = torch.tensor([0.3, 1.5, 0.2, 2.0])
y = torch.tensor([1.0, 1.0, -1.0, -1.0])  # 1: similar pair, -1: dissimilar pair

loss_fn = nn.HingeEmbeddingLoss()  # margin = 1.0
print(loss_fn(distance, y))
#> tensor(0.6500)

# Similar pairs pay their distance, dissimilar pairs pay max(0, margin - distance).
print(nn.HingeEmbeddingLoss(reduction="none")(distance, y))
#> tensor([0.3000, 1.5000, 0.8000, 0.0000])
print(torch.where(y == 1, distance, (1.0 - distance).clamp(min=0)))
#> tensor([0.3000, 1.5000, 0.8000, 0.0000])

# By hand, with margin 1: 0.3 and 1.5 as they are, max(0, 1 - 0.2) and max(0, 1 - 2.0).
terms = [0.3, 1.5, max(0.0, 1 - 0.2), max(0.0, 1 - 2.0)]
print([round(t, 4) for t in terms], round(sum(terms) / 4, 4))
#> [0.3, 1.5, 0.8, 0.0] 0.65
