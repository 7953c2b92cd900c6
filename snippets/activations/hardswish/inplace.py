import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.5, 1.5])
y = F.hardswish(x, inplace=True)
print(y is x, x)  # the input itself is overwritten and returned
#> True tensor([-0.0000, -0.3750,  1.1250])

w = torch.tensor([-4.0, -1.0, 1.5], requires_grad=True)
try:
    nn.Hardswish(inplace=True)(w)  # a leaf that requires grad
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works, and the gradient (2x + 3) / 6 is still right:
# autograd keeps the original values it needs.
h = w + 0
nn.Hardswish(inplace=True)(h).sum().backward()
print(w.grad)
#> tensor([0.0000, 0.1667, 1.0000])
