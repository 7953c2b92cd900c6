import math

import torch
import torch.nn.functional as F

log_rate = torch.zeros(6)
counts = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0, 5.0])

added = (F.poisson_nll_loss(log_rate, counts, full=True, reduction="none")
         - F.poisson_nll_loss(log_rate, counts, reduction="none"))
print(added)
#> tensor([0.0000, 0.0000, 0.0000, 0.2299, 0.6518, 4.7708])
# Stirling's term t*log(t) - t + 0.5*log(2*pi*t), which full=True adds only where t > 1.
stirling = counts * counts.log() - counts + 0.5 * torch.log(2 * math.pi * counts)
print(stirling)
#> tensor([    nan, -0.2742, -0.0811,  0.2299,  0.6518,  4.7708])
# The exact log(t!) it approximates.
print(torch.lgamma(counts + 1))
#> tensor([ 0.0000, -0.1208,  0.0000,  0.2847,  0.6931,  4.7875])

# The extra term does not depend on the input: the gradient is unchanged.
for full in [False, True]:
    x = log_rate.clone().requires_grad_()
    F.poisson_nll_loss(x, counts, full=full, reduction="sum").backward()
    print(full, x.grad)
    #> False tensor([ 1.0000,  0.5000,  0.0000, -0.5000, -1.0000, -4.0000])
    #> True tensor([ 1.0000,  0.5000,  0.0000, -0.5000, -1.0000, -4.0000])
