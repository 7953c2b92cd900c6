import torch
import torch.nn as nn
from torch.nn import LinearCrossEntropyOptions

torch.manual_seed(0)
body = nn.Linear(16, 64)                   # the model up to its last hidden layer
# the loss owns the output layer (64 -> 10000 classes); options turn on the chunked computation
loss_fn = nn.LinearCrossEntropyLoss(64, 10000, options=LinearCrossEntropyOptions())
hidden = body(torch.randn(32, 16))         # (N=32, 64) hidden features, not logits
target = torch.randint(0, 10000, (32,))    # one class index per row

loss = loss_fn(hidden, target)
loss.backward()
print(hidden.shape, loss_fn.linear.weight.shape, loss.shape)
#> torch.Size([32, 64]) torch.Size([10000, 64]) torch.Size([])
