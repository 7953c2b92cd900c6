import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 50.0]])
running_mean, running_var = torch.zeros(2), torch.ones(2)

# F.batch_norm defaults to training=False: it normalizes with the running statistics it is given.
print(F.batch_norm(x, running_mean, running_var))
#> tensor([[ 1.0000, 10.0000],
#>         [ 3.0000, 29.9998],
#>         [ 5.0000, 49.9997]])
# training=True uses the batch statistics and updates the buffers in place.
out = F.batch_norm(x, running_mean, running_var, training=True)
print(running_mean, running_var)
#> tensor([0.3000, 3.0000]) tensor([ 1.3000, 40.9000])
bn = nn.BatchNorm1d(2)
print(torch.equal(out, bn(x)), torch.equal(running_var, bn.running_var))
#> True True
try:
    F.batch_norm(x, running_mean, running_var, training=True, momentum=None)  # only the module accepts None
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: batch_norm(): argument 'momentum' (position 7) must be float, not NoneType
print(F.batch_norm(torch.rand(2, 3, 1, 1, 1, 4), None, None, training=True).shape)  # any rank from 2 up
#> torch.Size([2, 3, 1, 1, 1, 4])
