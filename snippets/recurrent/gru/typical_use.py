import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
gru = nn.GRU(input_size=6, hidden_size=16, num_layers=2, batch_first=True, dropout=0.1)
head = nn.Linear(16, 1)
series = torch.randn(8, 30, 6)                        # 8 windows of 30 time steps, 6 features each
target = torch.randn(8, 1)                            # the value to predict after each window

output, h_n = gru(series)
prediction = head(output[:, -1])                      # one direction: the last step is the final state
loss = F.mse_loss(prediction, target)
loss.backward()
print(output.shape, h_n.shape, prediction.shape)
#> torch.Size([8, 30, 16]) torch.Size([2, 8, 16]) torch.Size([8, 1])
