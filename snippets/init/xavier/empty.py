import torch
import torch.nn as nn

print(nn.init.xavier_uniform_(torch.empty(0, 3)).shape)  # fan_in 3, fan_out 0: nothing to fill
#> torch.Size([0, 3])
try:
    nn.init.xavier_uniform_(torch.empty(0, 0))  # fan_in + fan_out = 0
except ZeroDivisionError as error:
    print(type(error).__name__, error)
    #> ZeroDivisionError float division by zero
