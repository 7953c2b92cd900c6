import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.2, 1.0])

for call in [
    lambda: F.hardshrink(x, 0.5, inplace=True),  # there is no in-place variant
    lambda: nn.Hardshrink(inplace=True),
    lambda: F.hardshrink(x, lambd=None),
]:
    try:
        call()
    except TypeError as error:
        print(f"TypeError: {error}")
        #> TypeError: hardshrink() got an unexpected keyword argument 'inplace'
        #> TypeError: Hardshrink.__init__() got an unexpected keyword argument 'inplace'
        #> TypeError: hardshrink(): argument 'lambd' must be Number, not NoneType
