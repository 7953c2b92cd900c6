import torch
import torch.nn as nn
import torch.nn.functional as F

# Three pairs of 2-d embeddings; 1: the pair should be similar, -1: dissimilar.
x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]])
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
y = torch.tensor([1.0, -1.0, -1.0])

loss_fn = nn.CosineEmbeddingLoss()  # margin = 0
print(loss_fn(x1, x2, y))
#> tensor(0.3643)

cos = F.cosine_similarity(x1, x2)
print(cos)
#> tensor([0.7071, 0.0000, 0.8000])
# 1 - cos for similar pairs, max(0, cos - margin) for dissimilar ones.
print(nn.CosineEmbeddingLoss(reduction="none")(x1, x2, y))
#> tensor([0.2929, 0.0000, 0.8000])
print(torch.where(y == 1, 1 - cos, cos.clamp(min=0)))
#> tensor([0.2929, 0.0000, 0.8000])
