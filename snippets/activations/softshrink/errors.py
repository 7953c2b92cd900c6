import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.2, 1.0])
m = nn.Softshrink(-0.5)  # building the module does not check lambd ...
print(m)
#> Softshrink(-0.5)

for call in [
    lambda: F.softshrink(x, -0.5),               # lambd must be >= 0 ...
    lambda: F.softshrink(x, float("inf")),       # ... and finite
    lambda: F.softshrink(x.double(), float("nan")),
    lambda: m(x),                                # ... calling it does
    lambda: F.softshrink(torch.tensor([-2, 0, 2])),
]:
    try:
        call()
    except (RuntimeError, NotImplementedError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -0.5
        #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found inf
        #> RuntimeError: lambda must be in range [0, 1.79769e+308] for input dtype Double, but found nan
        #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -0.5
        #> NotImplementedError: "softshrink_check" not implemented for 'Long'

for call in [lambda: F.softshrink(x, 0.5, inplace=True), lambda: nn.Softshrink(inplace=True)]:
    try:
        call()  # there is no in-place variant
    except TypeError as error:
        print(f"TypeError: {error}")
        #> TypeError: softshrink() got an unexpected keyword argument 'inplace'
        #> TypeError: Softshrink.__init__() got an unexpected keyword argument 'inplace'
