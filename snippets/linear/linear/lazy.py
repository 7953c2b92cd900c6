import torch
import torch.nn as nn

lazy = nn.LazyLinear(4)  # in_features unknown until the first call
print(lazy)
#> LazyLinear(in_features=0, out_features=4, bias=True)
print(lazy.weight)
#> <UninitializedParameter>

torch.manual_seed(0)
y = lazy(torch.randn(2, 7))  # the first input fixes in_features = 7
print(type(lazy).__name__, lazy)
#> Linear Linear(in_features=7, out_features=4, bias=True)
print(lazy.weight.shape, y.shape)
#> torch.Size([4, 7]) torch.Size([2, 4])

# From now on it is an ordinary Linear(7, 4): another width is an error.
try:
    lazy(torch.randn(2, 5))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x5 and 7x4)
