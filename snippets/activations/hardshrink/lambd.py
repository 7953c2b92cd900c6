import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, -0.2, 0.0, 0.2, 1.0])

# lambd is not checked: 0, a negative value or NaN leave every element unchanged
# (F.softshrink refuses negative and NaN lambd).
for lambd in [0.0, -0.5, float("nan")]:
    print(torch.equal(F.hardshrink(x, lambd), x))
    #> True
    #> True
    #> True
print(F.hardshrink(x, float("inf")))  # an infinite lambd zeroes everything but nan
#> tensor([0., 0., 0., 0., 0.])

for lambd in [-0.5, float("nan")]:
    try:
        F.softshrink(x, lambd)  # softshrink checks its lambd
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -0.5
        #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found nan
