import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
print(nn.Hardsigmoid()(x))  # 0 up to -3, 1 from 3 on, linear in between
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
print(torch.sigmoid(x))  # the curve it imitates
#> tensor([0.0180, 0.0474, 0.1824, 0.5000, 0.8176, 0.9526, 0.9820])
