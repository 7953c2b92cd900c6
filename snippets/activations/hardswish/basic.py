import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
print(nn.Hardswish()(x))  # 0 up to -3, x from 3 on, x (x + 3) / 6 in between
#> tensor([-0.0000, -0.0000, -0.3750,  0.0000,  1.1250,  3.0000,  4.0000])
print(F.silu(x))  # x * sigmoid(x), the curve it imitates
#> tensor([-0.0719, -0.1423, -0.2736,  0.0000,  1.2264,  2.8577,  3.9281])
