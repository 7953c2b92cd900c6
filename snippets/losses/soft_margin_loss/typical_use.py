import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 1)                    # one score per sample
inputs = torch.randn(8, 4)                 # a batch of 8 samples
target = torch.tensor([1.0, -1.0, -1.0, 1.0, 1.0, -1.0, 1.0, -1.0])  # labels in {1, -1}

scores = model(inputs).squeeze(1)          # (8, 1) -> (8,), the target's shape; no sigmoid
loss = nn.SoftMarginLoss()(scores, target)
loss.backward()
print(scores.shape, target.shape, loss.shape)
#> torch.Size([8]) torch.Size([8]) torch.Size([])
