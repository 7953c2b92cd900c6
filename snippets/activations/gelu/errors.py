import torch
import torch.nn as nn

# The module accepts any string when it is built and fails only when it is called.
layer = nn.GELU(approximate="fast")
print(layer)
#> GELU(approximate='fast')
try:
    layer(torch.tensor([1.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: approximate argument must be either none or tanh.
