import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.0, 2.0])
print(nn.Hardsigmoid(), nn.Hardsigmoid(inplace=True).inplace)
#> Hardsigmoid() True
print(torch.equal(nn.Hardsigmoid()(x), F.hardsigmoid(x)))
#> True
# Hardswish is x times Hardsigmoid.
print(torch.allclose(F.hardswish(x), x * F.hardsigmoid(x)))
#> True
