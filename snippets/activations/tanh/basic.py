import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.Tanh()(x))
#> tensor([-0.9951, -0.7616,  0.0000,  0.7616,  0.9951])
# An odd function: tanh(-x) = -tanh(x), so the outputs are centered on 0.
print(torch.tanh(-x) + torch.tanh(x))
#> tensor([0., 0., 0., 0., 0.])
