import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.Mish()(x))
#> tensor([-0.1456, -0.3034,  0.0000,  0.8651,  2.9865])
