import math

import torch
import torch.nn as nn

fan_in = 784
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))  # sqrt(2 / (1 + 5))
bound = math.sqrt(3) * gain / math.sqrt(fan_in)  # the bound of kaiming_uniform_
print(bound, 1 / math.sqrt(fan_in), math.isclose(bound, 1 / math.sqrt(fan_in)))
#> 0.03571428571428571 0.03571428571428571 True

# nn.Linear(784, 256) draws exactly what uniform_(-1/sqrt(784), 1/sqrt(784)) draws, for weight and bias.
torch.manual_seed(0)
layer = nn.Linear(fan_in, 256, device="cpu")
torch.manual_seed(0)
weight = nn.init.uniform_(torch.empty(256, fan_in, device="cpu"), -1 / math.sqrt(fan_in), 1 / math.sqrt(fan_in))
bias = nn.init.uniform_(torch.empty(256, device="cpu"), -1 / math.sqrt(fan_in), 1 / math.sqrt(fan_in))
print(torch.equal(layer.weight, weight), torch.equal(layer.bias, bias))
#> True True
