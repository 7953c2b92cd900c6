# snippet-devices: cpu  (the wording comes from the CPU matrix-multiply kernels; CUDA words it differently)
import torch
import torch.nn as nn

m = nn.Linear(3, 2)  # float32 parameters

# Integer data (for example read from an image as uint8 or from a CSV as int64) must be converted first.
try:
    m(torch.tensor([[1, 2, 3]]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float

# float64 input with float32 parameters: convert one side, e.g. x.float() or m.double().
try:
    m(torch.ones(2, 3, dtype=torch.float64))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
print(m.double()(torch.ones(2, 3, dtype=torch.float64)).dtype)
#> torch.float64
