import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
print(nn.Tanhshrink()(x))  # x - tanh(x): about x**3 / 3 near 0, about x - sign(x) far from it
#> tensor([-2.0049, -0.2384, -0.0379,  0.0000,  0.0379,  0.2384,  2.0049])
print(torch.equal(F.tanhshrink(x), x - torch.tanh(x)))
#> True
