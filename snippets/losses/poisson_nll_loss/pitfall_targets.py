import torch
import torch.nn.functional as F

# Negative or non-integer "counts" (e.g. torch.randn targets) raise no error,
# and with a negative target the loss has no minimum: it falls without bound.
for x in [0.0, -10.0, -100.0]:
    print(F.poisson_nll_loss(torch.tensor([x]), torch.tensor([-0.5])))
    #> tensor(1.)
    #> tensor(-5.0000)
    #> tensor(-50.)

# With log_input=False a negative rate gives nan.
print(F.poisson_nll_loss(torch.tensor([-0.5]), torch.tensor([2.0]), log_input=False))
#> tensor(nan)
