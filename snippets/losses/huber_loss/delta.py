import torch
import torch.nn.functional as F

x = torch.tensor([0.1, -0.5, 2.0, -4.0])
y = torch.zeros(4)

# Quadratic 0.5 * d**2 inside |d| < delta, linear delta * (|d| - delta / 2) outside.
for delta in [0.5, 1.0, 2.0, 5.0]:
    print(delta, F.huber_loss(x, y, reduction="none", delta=delta))
    #> 0.5 tensor([0.0050, 0.1250, 0.8750, 1.8750])
    #> 1.0 tensor([0.0050, 0.1250, 1.5000, 3.5000])
    #> 2.0 tensor([5.0000e-03, 1.2500e-01, 2.0000e+00, 6.0000e+00])
    #> 5.0 tensor([5.0000e-03, 1.2500e-01, 2.0000e+00, 8.0000e+00])

# A delta above every |error| leaves only the quadratic branch: half the MSE.
print(F.huber_loss(x, y, delta=5.0), F.mse_loss(x, y) / 2)
#> tensor(2.5325) tensor(2.5325)
# A small delta gives delta times (almost) L1, 1.6495 against 1.65; delta = 0 is refused (see the errors below).
print(F.huber_loss(x, y, delta=1e-3) / 1e-3, F.l1_loss(x, y))
#> tensor(1.6495) tensor(1.6500)
