import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
print(nn.Softsign(), torch.equal(nn.Softsign()(x), F.softsign(x)))
#> Softsign() True

# No inplace argument.
try:
    nn.Softsign(inplace=True)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: Softsign.__init__() got an unexpected keyword argument 'inplace'

# Integer tensors: the division is a true division, so the result is floating point.
print(F.softsign(torch.tensor([1, 3])))
#> tensor([0.5000, 0.7500])
