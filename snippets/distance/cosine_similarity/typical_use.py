import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
encoder = nn.Linear(32, 8)  # maps each sample to an 8-dimensional embedding
queries, keys = encoder(torch.randn(16, 32)), encoder(torch.randn(4, 32))
print(nn.CosineSimilarity(dim=1)(queries, keys[:1]).shape)  # 16 queries against one key (broadcast)
#> torch.Size([16])
print(F.cosine_similarity(queries[:, None, :], keys[None, :, :], dim=-1).shape)  # all 16 x 4 pairs
#> torch.Size([16, 4])
