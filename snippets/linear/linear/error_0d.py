import torch
import torch.nn as nn

m = nn.Linear(3, 2)
# A 0-d tensor has no feature dimension.
try:
    m(torch.tensor(1.0))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: both arguments to linear need to be at least 1D, but they are 0D and 2D
