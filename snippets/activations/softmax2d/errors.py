import torch
import torch.nn as nn

# Only 3-D (C, H, W) and 4-D (N, C, H, W) inputs are accepted.
for shape in [(3, 4), (1, 3, 2, 2, 2)]:
    try:
        nn.Softmax2d()(torch.zeros(shape))
    except ValueError as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: Softmax2d: expected input to be 3D or 4D, got 2D instead
        #> ValueError: Softmax2d: expected input to be 3D or 4D, got 5D instead
# The module takes no arguments: its dim is fixed at -3.
try:
    nn.Softmax2d(dim=1)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Softmax2d.__init__() got an unexpected keyword argument 'dim'
