import math

import torch
import torch.nn as nn

torch.manual_seed(0)
# Both draw weight and bias from U(-1/sqrt(fan), 1/sqrt(fan)); the fan is in_features, for Bilinear in1_features.
bound = 1 / math.sqrt(20)
print(round(bound, 4))
#> 0.2236
for layer in (nn.Linear(20, 30), nn.Bilinear(20, 30, 40)):
    print(type(layer).__name__, all(p.abs().max() <= bound for p in layer.parameters()))
    #> Linear True
    #> Bilinear True
