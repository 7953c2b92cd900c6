import torch
import torch.nn as nn
import torch.nn.functional as F

distance = torch.tensor([0.3, 1.5, 0.2, 2.0])
y = torch.tensor([1.0, 1.0, -1.0, -1.0])
print(nn.HingeEmbeddingLoss(margin=2.0)(distance, y), F.hinge_embedding_loss(distance, y, margin=2.0))
#> tensor(0.9000) tensor(0.9000)
