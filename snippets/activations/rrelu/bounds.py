import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, 1.0])
m = nn.RReLU(lower=0.5, upper=0.1)  # accepted here ...
print(m)
#> RReLU(lower=0.5, upper=0.1)
try:
    m(x)  # ... rejected at the first forward pass
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Lower bound should be less than or equal to the upper bound

# lower == upper: the same fixed slope in training and evaluation, i.e. a LeakyReLU.
print(F.rrelu(x, 0.2, 0.2, training=True))
#> tensor([-0.4000,  1.0000])
# The bounds are not range-checked: negative slopes flip the sign.
print(F.rrelu(x, -0.5, -0.5, training=True))
#> tensor([1., 1.])
