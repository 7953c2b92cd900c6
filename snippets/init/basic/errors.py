import torch
import torch.nn as nn

for call in [
    lambda: nn.init.eye_(torch.empty(2, 3, 3)),             # eye_ needs a matrix
    lambda: nn.init.dirac_(torch.empty(3, 3)),              # dirac_ needs a conv weight
    lambda: nn.init.dirac_(torch.empty(3, 3, 3), groups=2),  # 3 output channels in 2 groups
    lambda: nn.init.uniform_(torch.empty(3), a=1.0, b=0.0),
    lambda: nn.init.normal_(torch.empty(3), std=-1.0),
]:
    try:
        call()
    except (ValueError, RuntimeError) as error:
        print(type(error).__name__, error)
        #> ValueError Only tensors with 2 dimensions are supported
        #> ValueError Only tensors with 3, 4, or 5 dimensions are supported
        #> ValueError dim 0 must be divisible by groups
        #> RuntimeError uniform_ expects to return a [from, to) range, but found from=1 > to=0
        #> RuntimeError normal expects std >= 0.0, but found std -1
