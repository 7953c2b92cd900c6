import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-0.1473, -1.0722, 2.3532, -0.6775, 0.1545, 0.1195])
print(nn.Softshrink()(x))  # lambd=0.5: |x| <= 0.5 becomes 0, the rest moves 0.5 toward 0
#> tensor([-0.0000, -0.5722,  1.8532, -0.1775,  0.0000,  0.0000])
print(F.softshrink(x, lambd=1.0))
#> tensor([-0.0000, -0.0722,  1.3532, -0.0000,  0.0000,  0.0000])
