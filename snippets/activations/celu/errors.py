import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 1.0])
try:
    F.celu(x, alpha=0.0)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: ZeroDivisionError: alpha cannot be 0 for CELU

# The module accepts alpha=0 when it is built and fails only when it is called.
layer = nn.CELU(alpha=0.0)
print(layer)
#> CELU(alpha=0.0)
try:
    layer(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: ZeroDivisionError: alpha cannot be 0 for CELU
