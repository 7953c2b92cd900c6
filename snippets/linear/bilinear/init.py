import math

import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Bilinear(20, 30, 40)
bound = 1 / math.sqrt(m.in1_features)  # 1/sqrt(20): only in1_features enters, not in1 * in2
print(round(bound, 4))
#> 0.2236
print(m.weight.abs().max() <= bound, m.bias.abs().max() <= bound)
#> tensor(True) tensor(True)
print(m.weight.abs().max() > 1 / math.sqrt(30), m.weight.abs().max() > 1 / math.sqrt(20 * 30))
#> tensor(True) tensor(True)

# in1_features must be positive (it is the fan used by the initialization).
try:
    nn.Bilinear(0, 30, 40)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: in1_features must be > 0, but got (in1_features=0)
