import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -1.0, 0.0, 1.5])
m = nn.RReLU()  # lower=1/8, upper=1/3
print(m)
#> RReLU(lower=0.125, upper=0.3333333333333333)
m.eval()  # evaluation: a fixed slope (lower + upper) / 2 = 11/48
print(m(x))
#> tensor([-0.4583, -0.2292,  0.0000,  1.5000])
print(torch.equal(m(x), F.leaky_relu(x, (1 / 8 + 1 / 3) / 2)))
#> True
print(torch.equal(F.rrelu(x), m(x)))  # the functional form defaults to training=False
#> True
