import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 4))  # 16 features in, 4 scores out
x = torch.randn(8, 16)  # a batch of 8 samples
print(model(x).shape, model[0].weight.shape, model[0].bias.shape)  # weight is (out_features, in_features)
#> torch.Size([8, 4]) torch.Size([32, 16]) torch.Size([32])
tokens = torch.randn(8, 10, 16)  # (batch, sequence, features): only the last dimension changes
print(model(tokens).shape)
#> torch.Size([8, 10, 4])
