import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.0, 2.0])
print(nn.Hardswish(), nn.Hardswish(inplace=True).inplace)
#> Hardswish() True
print(torch.equal(nn.Hardswish()(x), F.hardswish(x)))
#> True
# For |x| >= 3 it is ReLU (the -0. it returns below -3 compares equal to 0).
far = torch.tensor([-5.0, -3.0, 3.0, 5.0])
print(torch.equal(F.hardswish(far), F.relu(far)))
#> True
