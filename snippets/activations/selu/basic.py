import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.SELU()(x))
#> tensor([-1.6706, -1.1113,  0.0000,  1.0507,  3.1521])
