import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.LogSoftmax(dim=1))  # ends in log-probabilities
inputs = torch.randn(8, 4)                  # a batch of 8 samples
target = torch.tensor([0, 2, 1, 0, 1, 2, 2, 0])  # one class index per sample, dtype long

log_probs = model(inputs)                   # (8, 3), each row's exp sums to 1
loss = nn.NLLLoss()(log_probs, target)      # minus the target entry, averaged
loss.backward()
print(log_probs.shape, target.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8]) torch.Size([])
