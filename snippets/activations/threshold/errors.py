import torch.nn as nn

try:
    nn.Threshold()  # both are required: there is no default threshold or value
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: Threshold.__init__() missing 2 required positional arguments: 'threshold' and 'value'
