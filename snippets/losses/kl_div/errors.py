import torch
import torch.nn as nn
import torch.nn.functional as F

log_q = torch.tensor([[-1.2, -0.4, -2.3]])
p = torch.tensor([[0.2, 0.7, 0.1]])

try:
    nn.KLDivLoss(weight=None, size_average=True)   # an old signature: there is no weight
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: KLDivLoss.__init__() got an unexpected keyword argument 'weight'

for args, kwargs in [
    ((log_q, torch.tensor([[0.5, 0.5]])), {}),                       # shapes do not broadcast
    ((torch.tensor([[-1, 0, -2]]), p), {}),                          # integer input
    ((log_q, p), {"reduction": "avg"}),                              # unknown reduction
]:
    try:
        F.kl_div(*args, **kwargs)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
        #> RuntimeError: kl_div: Integral inputs not supported.
        #> ValueError: avg is not a valid value for reduction

# A target that broadcasts is accepted silently: (3,) against (2, 3).
print(F.kl_div(torch.zeros(2, 3), torch.tensor([0.2, 0.3, 0.5]), reduction="none").shape)
#> torch.Size([2, 3])
