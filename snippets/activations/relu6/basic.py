import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([5.7702, 6.3270, -0.8260, -0.9636, -0.7332, 4.8841])
print(nn.ReLU6()(x))  # 6.3270 is capped at 6, negative values become 0
#> tensor([5.7702, 6.0000, 0.0000, 0.0000, 0.0000, 4.8841])
print(torch.equal(F.relu6(x), nn.ReLU6()(x)))
#> True
