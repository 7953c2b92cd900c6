import torch
import torch.nn.functional as F

x = torch.tensor([0.1, -0.5, 2.0, -4.0])
y = torch.zeros(4)

# beta is the switch point, in the units of the error.
for beta in [2.0, 1.0, 0.5, 0.1, 0.01, 0.0]:
    print(beta, F.smooth_l1_loss(x, y, reduction="none", beta=beta))
    #> 2.0 tensor([2.5000e-03, 6.2500e-02, 1.0000e+00, 3.0000e+00])
    #> 1.0 tensor([0.0050, 0.1250, 1.5000, 3.5000])
    #> 0.5 tensor([0.0100, 0.2500, 1.7500, 3.7500])
    #> 0.1 tensor([0.0500, 0.4500, 1.9500, 3.9500])
    #> 0.01 tensor([0.0950, 0.4950, 1.9950, 3.9950])
    #> 0.0 tensor([0.1000, 0.5000, 2.0000, 4.0000])

# beta -> 0 tends to L1 (beta = 0.01 is |x - y| - 0.005); beta = 0 is exactly L1 (torch calls l1_loss).
print(F.l1_loss(x, y, reduction="none"))
#> tensor([0.1000, 0.5000, 2.0000, 4.0000])
print(torch.equal(F.smooth_l1_loss(x, y, beta=0.0), F.l1_loss(x, y)))
#> True

# A beta above every |error| leaves only the quadratic branch: MSE / (2 * beta).
print(F.smooth_l1_loss(x, y, beta=10.0), F.mse_loss(x, y) / (2 * 10.0))
#> tensor(0.2533) tensor(0.2533)
