import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.RReLU(lower=0.1, upper=0.3)  # a new module is in training mode
x = torch.cat([-torch.ones(10000), torch.ones(5)])
out = m(x)
slopes = -out[:10000]  # x = -1, so the output is minus the slope drawn for that element
print(bool(((slopes >= 0.1) & (slopes <= 0.3)).all()))  # every slope lies in [lower, upper]
#> True
print(torch.equal(out[10000:], x[10000:]))  # positive inputs pass unchanged
#> True
print(abs(slopes.mean().item() - 0.2) < 0.01)  # uniform: mean near (lower + upper) / 2
#> True
print(torch.equal(m(x), out))  # False: every call draws new slopes
#> False
