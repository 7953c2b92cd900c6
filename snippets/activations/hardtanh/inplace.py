import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-3.0, 0.5, 3.0])
y = F.hardtanh(x, inplace=True)
print(y is x, x)  # the input itself is overwritten and returned
#> True tensor([-1.0000,  0.5000,  1.0000])
z = torch.tensor([-3.0, 0.5, 3.0])
print(F.hardtanh_(z, -2.0, 2.0) is z, z)  # F.hardtanh_ is the same in-place call
#> True tensor([-2.0000,  0.5000,  2.0000])

# On a leaf that requires grad, in-place is refused.
w = torch.tensor([-3.0, 0.25, 3.0], requires_grad=True)
try:
    nn.Hardtanh(inplace=True)(w)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works, and the gradient is still right:
# h = 2 w = [-6, 0.5, 6], so only the middle element is inside [-1, 1] (d h / d w = 2).
h = w * 2
nn.Hardtanh(inplace=True)(h).sum().backward()
print(w.grad)
#> tensor([0., 2., 0.])
