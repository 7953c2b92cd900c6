import math

import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(400, 300)
bound = 1 / math.sqrt(m.in_features)  # 1/sqrt(400) = 0.05 for the weight and for the bias
print(bound)
#> 0.05
print(m.weight.abs().max() <= bound, m.bias.abs().max() <= bound)
#> tensor(True) tensor(True)
# The samples do fill the interval: the largest magnitude is close to the bound.
print(m.weight.abs().max() > 0.99 * bound)
#> tensor(True)

# Where the bound comes from: kaiming_uniform_(a=sqrt(5)) has bound gain * sqrt(3 / fan_in)
# with gain = sqrt(2 / (1 + a^2)) = sqrt(1/3), which is exactly 1/sqrt(fan_in).
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
print(round(gain * math.sqrt(3 / 400), 12))
#> 0.05
# A uniform distribution on [-bound, bound] has standard deviation bound / sqrt(3).
print(round(bound / math.sqrt(3), 4))
#> 0.0289
