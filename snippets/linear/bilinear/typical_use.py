import torch
import torch.nn as nn

torch.manual_seed(0)
score = nn.Bilinear(16, 8, 1)  # x1^T A x2 + b: one score per (user, item) pair
users = torch.randn(32, 16)  # a batch of 32 pairs: 16 user features ...
items = torch.randn(32, 8)  # ... and 8 item features, row n paired with row n
logits = score(users, items)
print(score.weight.shape, logits.shape)  # weight is (out_features, in1_features, in2_features)
#> torch.Size([1, 16, 8]) torch.Size([32, 1])
