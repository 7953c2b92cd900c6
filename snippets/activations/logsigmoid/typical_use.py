import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
scorer = nn.Linear(4, 1)                             # a reward model: one score per answer
chosen, rejected = torch.randn(8, 4), torch.randn(8, 4)  # a batch of 8 pairs of answers
margin = scorer(chosen) - scorer(rejected)
loss = -F.logsigmoid(margin).mean()                  # -log P(chosen preferred over rejected)
loss.backward()
print(margin.shape, loss.shape, loss > 0)
#> torch.Size([8, 1]) torch.Size([]) tensor(True)
