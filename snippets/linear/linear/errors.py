import torch
import torch.nn as nn

m = nn.Linear(3, 2)

# The last dimension must equal in_features: here rows of 4 features for a layer that expects 3.
try:
    m(torch.ones(2, 4))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x4 and 3x2)
print(m(torch.ones(2, 3)).shape)
#> torch.Size([2, 2])
