import warnings

import torch
import torch.nn.functional as F

x = torch.tensor([0.2, -0.8, 1.5, -3.0])
y = torch.zeros(4)

# The third positional parameter of most loss functions is still the deprecated size_average,
# so a positional beta is taken as size_average=0.5 and beta stays 1.0.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    positional = F.smooth_l1_loss(x, y, 0.5)
print(positional, F.smooth_l1_loss(x, y, beta=0.5), F.smooth_l1_loss(x, y, beta=1.0))
#> tensor(0.9600) tensor(1.1475) tensor(0.9600)
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='mean' instead.

# huber_loss has no legacy arguments, but its third parameter is reduction.
try:
    F.huber_loss(x, y, 0.5)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: 0.5 is not a valid value for reduction
# The modules have the same order: SmoothL1Loss(0.5) also sets size_average, not beta.
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    print(torch.nn.SmoothL1Loss(0.5).beta, torch.nn.SmoothL1Loss(beta=0.5).beta)
    #> 1.0 0.5
