import torch
import torch.nn as nn

torch.manual_seed(0)
scorer = nn.Linear(5, 1)                               # one score per item
first, second = torch.randn(4, 5), torch.randn(4, 5)   # 4 pairs of items
target = torch.tensor([1.0, -1.0, 1.0, 1.0])           # 1: first should rank higher, -1: second

s1, s2 = scorer(first).squeeze(1), scorer(second).squeeze(1)  # (4, 1) -> (4,)
loss = nn.MarginRankingLoss(margin=0.5)(s1, s2, target)
loss.backward()
print(s1.shape, s2.shape, target.shape, loss.shape)
#> torch.Size([4]) torch.Size([4]) torch.Size([4]) torch.Size([])
