import torch
import torch.nn as nn
import torch.nn.functional as F

mean = torch.tensor([[0.0, 1.0, 2.0]])
target = torch.tensor([[0.5, 1.0, 3.0]])

for var, kwargs in [
    (torch.tensor([[1.0, -1.0, 1.0]]), {}),          # a negative variance
    (-1.0, {}),                                      # a negative float
    (torch.ones(1, 2), {}),                          # a shape it cannot match
    (torch.ones(1, 3), {"reduction": "batchmean"}),  # not a reduction of this loss
]:
    try:
        F.gaussian_nll_loss(mean, target, var, **kwargs)
    except ValueError as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: var has negative entry/entries
        #> ValueError: var has negative entry/entries
        #> ValueError: var is of incorrect size
        #> ValueError: batchmean is not valid

# A Python int is neither a float nor a tensor: torch.any() rejects it.
try:
    F.gaussian_nll_loss(mean, target, 1)
except TypeError as error:
    print(f"{type(error).__name__}: {str(error).splitlines()[0]}")
    #> TypeError: any() received an invalid combination of arguments - got (bool), but expected one of:

# The module's options are keyword-only.
try:
    nn.GaussianNLLLoss(True)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: GaussianNLLLoss.__init__() takes 1 positional argument but 2 were given
