import torch
import torch.nn.functional as F

x = torch.linspace(-2, 2, 17, dtype=torch.float64)  # steps of 0.25

# Hardshrink(x) = x where |x| > lambd, else 0: x times an indicator.
for lambd in [0.5, 1.0]:
    print(torch.equal(F.hardshrink(x, lambd), x * (x.abs() > lambd)))
    #> True
    #> True
