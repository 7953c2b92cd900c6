import torch
import torch.nn.functional as F

x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]])
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
y = torch.tensor([1.0, -1.0, -1.0])
margin = 0.5

# CosineEmbeddingLoss is HingeEmbeddingLoss on the cosine distance 1 - cos, with margin 1 - margin.
print(F.cosine_embedding_loss(x1, x2, y, margin=margin, reduction="none"))
#> tensor([0.2929, 0.0000, 0.3000])
distance = 1 - F.cosine_similarity(x1, x2)
print(F.hinge_embedding_loss(distance, y, margin=1 - margin, reduction="none"))
#> tensor([0.2929, 0.0000, 0.3000])
