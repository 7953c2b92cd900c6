import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.GELU()(x))
#> tensor([-0.0041, -0.1587,  0.0000,  0.8413,  2.9959])
print(nn.GELU(approximate="tanh")(x))
#> tensor([-0.0036, -0.1588,  0.0000,  0.8412,  2.9964])
