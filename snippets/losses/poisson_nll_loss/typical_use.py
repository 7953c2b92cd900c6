import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)                     # predicts the log of the expected count
inputs = torch.randn(8, 3)                  # a batch of 8 samples
counts = torch.tensor([[0.0], [2.0], [1.0], [5.0], [0.0], [3.0], [1.0], [4.0]])  # observed counts

log_rate = model(inputs)                    # any real number: the default log_input=True
loss = nn.PoissonNLLLoss()(log_rate, counts)  # mean of exp(log_rate) - counts * log_rate
loss.backward()
print(log_rate.shape, counts.shape, loss.shape)
#> torch.Size([8, 1]) torch.Size([8, 1]) torch.Size([])
