import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.6, 0.4, 2.0])
print(nn.Softshrink(), nn.Softshrink(lambd=1.5))
#> Softshrink(0.5) Softshrink(1.5)
print(torch.equal(nn.Softshrink(0.5)(x), F.softshrink(x, 0.5)))
#> True
# Softshrink is x minus Hardtanh on [-lambd, lambd].
print(torch.equal(F.softshrink(x, 0.5), x - F.hardtanh(x, -0.5, 0.5)))
#> True
# lambd=0 is allowed and gives the identity.
print(torch.equal(F.softshrink(x, 0.0), x))
#> True
