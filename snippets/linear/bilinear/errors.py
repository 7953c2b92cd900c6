import torch
import torch.nn.functional as F

A = torch.zeros(4, 2, 3)

# No broadcasting: the leading dimensions of both inputs must be equal.
try:
    F.bilinear(torch.ones(1, 2), torch.ones(5, 3), A)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: bilinear(): input batch dimensions do not match at dim 0: got 1 and 5
try:
    F.bilinear(torch.ones(5, 2), torch.ones(3), A)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: bilinear(): input dimensions do not match: got 2 and 1

# The last dimensions must match weight.shape[1] and weight.shape[2].
try:
    F.bilinear(torch.ones(5, 3), torch.ones(5, 2), A)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: bilinear(): input1 size does not match weight size: got 3 but expected 2
# The usual fix for the first error: expand explicitly.
print(F.bilinear(torch.ones(1, 2).expand(5, 2), torch.ones(5, 3), A).shape)
#> torch.Size([5, 4])
