import torch
import torch.nn as nn

torch.manual_seed(0)
hidden = nn.Linear(16, 64)(torch.randn(32, 16))          # (N=32, 64) features from the model body
asm = nn.AdaptiveLogSoftmaxWithLoss(64, n_classes=10000, cutoffs=[500, 2000])
target = torch.randint(0, 10000, (32,))                  # class indices, most frequent classes first

output, loss = asm(hidden, target)                       # log p(target) per sample, mean NLL
loss.backward()
print(hidden.shape, output.shape, loss.shape)
#> torch.Size([32, 64]) torch.Size([32]) torch.Size([])
