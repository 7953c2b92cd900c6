import torch
import torch.nn.functional as F

try:
    F.local_response_norm(torch.zeros(4, 3), size=2)  # (N, C) is not enough: add a length-1 dimension
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected 3D or higher dimensionality                          input (got 2 dimensions)
try:
    F.local_response_norm(torch.zeros(1, 3, 4), size=0)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: kernel size should be greater than zero, but got kH: 0 kW: 1
try:
    F.local_response_norm(torch.zeros(1, 3, 4), size=2.0)  # size must be an int
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: pad(): argument 'pad' failed to unpack the object at pos 3 with error "type must be tuple of ints,but got float"
