import torch
import torch.nn.functional as F

# Read the two constants back from PyTorch in float64:
# SELU(1) = scale, and SELU(-inf) = -scale * alpha, the lower bound of the output.
one = torch.tensor(1.0, dtype=torch.float64)
scale = F.selu(one).item()
floor = F.selu(-one * float("inf")).item()
alpha = -floor / scale
print(repr(scale), repr(alpha), repr(floor))
#> 1.0507009873554805 1.6732632423543772 -1.7580993408473766
# They match the values in the PyTorch documentation.
print(scale == 1.0507009873554804934193349852946, alpha == 1.6732632423543772848170429916717)
#> True True
# SELU is scale * ELU(x, alpha):
x = torch.linspace(-5, 5, 101, dtype=torch.float64)
print(torch.allclose(F.selu(x), scale * F.elu(x, alpha=alpha)))
#> True
