import math

import torch.nn as nn

# kaiming_*'s default is nonlinearity="leaky_relu" with a=0: a leaky ReLU of slope 0, that is ReLU.
print(nn.init.calculate_gain("leaky_relu", 0) == nn.init.calculate_gain("relu"), round(math.sqrt(2), 4))
#> True 1.4142
# calculate_gain alone assumes LeakyReLU's default slope 0.01 when no param is given.
print(round(nn.init.calculate_gain("leaky_relu"), 4))
#> 1.4141
# Linear and Conv use a = sqrt(5): gain sqrt(2 / 6) = 1 / sqrt(3), so the bound sqrt(3) * gain / sqrt(fan_in)
# is 1 / sqrt(fan_in).
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
print(round(gain, 4), round(1 / math.sqrt(3), 4), round(math.sqrt(3) * gain, 4))
#> 0.5774 0.5774 1.0
