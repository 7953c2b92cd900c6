import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 3.0, 8.0])
y = F.relu6(x, inplace=True)
print(x, y is x)  # the input itself was overwritten and returned
#> tensor([0., 3., 6.]) True
print(nn.ReLU6(inplace=True))
#> ReLU6(inplace=True)
