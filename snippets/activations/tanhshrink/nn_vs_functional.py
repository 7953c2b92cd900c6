import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.5, 2.0])
print(nn.Tanhshrink(), torch.equal(nn.Tanhshrink()(x), F.tanhshrink(x)))
#> Tanhshrink() True

for call in [lambda: nn.Tanhshrink(inplace=True), lambda: F.tanhshrink(x, inplace=True)]:
    try:
        call()  # no parameters, no in-place variant
    except TypeError as error:
        print(f"TypeError: {error}")
        #> TypeError: Tanhshrink.__init__() got an unexpected keyword argument 'inplace'
        #> TypeError: tanhshrink() got an unexpected keyword argument 'inplace'
