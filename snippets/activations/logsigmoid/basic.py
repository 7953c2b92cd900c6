import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.LogSigmoid()(x))
#> tensor([-3.0486, -1.3133, -0.6931, -0.3133, -0.0486])
# Always negative: log of a probability. log(1/2) at 0.
print(torch.log(torch.tensor(0.5)))
#> tensor(-0.6931)
