import torch
import torch.nn.functional as F

x = torch.tensor([-30.0, -1.0, 0.0, 1.0, 30.0])

# beta is not checked. beta = 0 divides by zero:
print(F.softplus(x, beta=0))
#> tensor([inf, inf, inf, inf, inf])
# and a negative beta gives a different function: beta = -1 is logsigmoid.
print(torch.allclose(F.softplus(x, beta=-1), F.logsigmoid(x)))
#> True
