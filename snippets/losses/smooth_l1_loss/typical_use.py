import torch
import torch.nn as nn

torch.manual_seed(0)
head = nn.Linear(16, 4)                  # a box-regression head: 4 offsets per box
features = torch.randn(8, 16)            # features of 8 boxes
target = torch.randn(8, 4)               # the true offsets, in the units beta is meant for

offsets = head(features)                 # raw output, no activation
loss = nn.SmoothL1Loss(beta=1.0)(offsets, target)  # mean over all 8 * 4 elements
loss.backward()
print(offsets.shape, target.shape, loss.shape)
#> torch.Size([8, 4]) torch.Size([8, 4]) torch.Size([])
