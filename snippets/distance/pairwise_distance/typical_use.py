import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Linear(32, 8)  # maps each sample to an 8-dimensional embedding
anchors, others = torch.randn(16, 32), torch.randn(16, 32)  # 16 pairs of samples
dist = nn.PairwiseDistance(p=2)(encoder(anchors), encoder(others))  # row n against row n only
dist.mean().backward()
print(dist.shape, encoder.weight.grad.shape)
#> torch.Size([16]) torch.Size([8, 32])
