import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
print(nn.Sigmoid())
#> Sigmoid()

# F.sigmoid once warned that it was deprecated; in torch 2.13 it warns about nothing
# and gives exactly torch.sigmoid.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = F.sigmoid(x)
print(len(caught), torch.equal(y, torch.sigmoid(x)), torch.equal(y, nn.Sigmoid()(x)))
#> 0 True True

# Integer tensors are promoted to the default float dtype instead of raising.
print(torch.sigmoid(torch.tensor([0, 2])))
#> tensor([0.5000, 0.8808])
