import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 3)                    # 3 classes
inputs = torch.randn(8, 4)                 # a batch of 8 samples
target = torch.tensor([0, 2, 1, 0, 1, 2, 2, 0])  # one class index per sample, dtype long

scores = model(inputs)                     # raw scores, no softmax
loss = nn.MultiMarginLoss()(scores, target)
loss.backward()
print(scores.shape, target.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8]) torch.Size([])
