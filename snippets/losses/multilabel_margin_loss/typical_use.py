import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(6, 4)                    # 4 classes, any number of them per sample
inputs = torch.randn(3, 6)                 # a batch of 3 samples
# each row lists its target classes, then -1; the rest of the row is ignored
target = torch.tensor([[3, 0, -1, -1], [1, -1, -1, -1], [0, 1, 2, -1]])

scores = model(inputs)                     # raw scores, no sigmoid
loss = nn.MultiLabelMarginLoss()(scores, target)
loss.backward()
print(scores.shape, target.shape, loss.shape)
#> torch.Size([3, 4]) torch.Size([3, 4]) torch.Size([])
