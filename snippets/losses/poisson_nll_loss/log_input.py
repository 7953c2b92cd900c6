import torch
import torch.nn.functional as F

rate = torch.tensor([1.5, 0.4, 7.0, 2.0])
counts = torch.tensor([0.0, 1.0, 2.0, 5.0])

# log_input=False: the input is the rate itself, loss = input - target * log(input + eps).
print(F.poisson_nll_loss(rate, counts, log_input=False, reduction="none"))
#> tensor([ 1.5000,  1.3163,  3.1082, -1.4657])
print(rate - counts * torch.log(rate + 1e-8))
#> tensor([ 1.5000,  1.3163,  3.1082, -1.4657])
# The same rates given as log-rates with the default log_input=True: same values.
print(F.poisson_nll_loss(rate.log(), counts, reduction="none"))
#> tensor([ 1.5000,  1.3163,  3.1082, -1.4657])
