import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.Sigmoid()(x))
#> tensor([0.0474, 0.2689, 0.5000, 0.7311, 0.9526])
# sigmoid(-x) = 1 - sigmoid(x): the outputs pair up around 0.5.
print(torch.sigmoid(x) + torch.sigmoid(-x))
#> tensor([1., 1., 1., 1., 1.])
