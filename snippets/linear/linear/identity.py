import torch
import torch.nn as nn

m = nn.Identity(54, unused_argument=0.1)  # every argument is accepted and ignored
print(m)
#> Identity()
x = torch.tensor([1.0, -2.0, 3.0])
print(m(x) is x)  # returns the very same tensor object, no copy
#> True

# Typical use: switch a layer off without changing the model's code, e.g. drop a classifier head.
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 5), nn.ReLU(), nn.Linear(5, 3))
print(model(torch.randn(2, 8)).shape)
#> torch.Size([2, 3])
model[2] = nn.Identity()  # now the model returns the 5 hidden features
print(model(torch.randn(2, 8)).shape)
#> torch.Size([2, 5])
