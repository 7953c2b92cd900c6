import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Linear(8, 4)                            # an item -> a 4-dim embedding
left, right = torch.randn(6, 8), torch.randn(6, 8)   # 6 pairs of items
target = torch.tensor([1, -1, 1, -1, -1, 1])         # 1: similar pair, -1: dissimilar

e1, e2 = encoder(left), encoder(right)               # (6, 4) each
loss = nn.CosineEmbeddingLoss(margin=0.2)(e1, e2, target)
loss.backward()
print(e1.shape, e2.shape, target.shape, loss.shape)
#> torch.Size([6, 4]) torch.Size([6, 4]) torch.Size([6]) torch.Size([])
