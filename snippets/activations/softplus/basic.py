import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.Softplus()(x))
#> tensor([0.0486, 0.3133, 0.6931, 1.3133, 3.0486])
# A larger beta hugs ReLU more closely: log(2) / beta at 0.
print(nn.Softplus(beta=2)(x))
#> tensor([1.2378e-03, 6.3464e-02, 3.4657e-01, 1.0635e+00, 3.0012e+00])
