import torch
import torch.nn as nn

try:
    nn.init.trunc_normal_(torch.empty(3), a=1.0, b=-1.0)  # the bounds swapped
except RuntimeError as error:
    print(type(error).__name__, error)
    #> RuntimeError uniform_ expects to return a [from, to) range, but found from=1 > to=-1
try:
    nn.init.trunc_normal_(torch.empty(3), std=0.0)
except ZeroDivisionError as error:
    print(type(error).__name__, error)
    #> ZeroDivisionError float division by zero
