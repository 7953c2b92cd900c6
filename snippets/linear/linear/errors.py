import torch
import torch.nn as nn

m = nn.Linear(3, 2)

# The last dimension must equal in_features.
try:
    m(torch.ones(2, 4))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x4 and 3x2)

# A 0-d tensor has no feature dimension.
try:
    m(torch.tensor(1.0))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: both arguments to linear need to be at least 1D, but they are 0D and 2D
