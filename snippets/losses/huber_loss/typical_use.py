import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)                  # a regression head: one real value per sample
inputs = torch.randn(8, 3)               # a batch of 8 samples
target = torch.randn(8, 1)               # the true values, same shape as the prediction

prediction = model(inputs)               # raw output, no activation
loss = nn.HuberLoss(delta=1.0)(prediction, target)  # quadratic below delta, linear above
loss.backward()
print(prediction.shape, target.shape, loss.shape)
#> torch.Size([8, 1]) torch.Size([8, 1]) torch.Size([])
