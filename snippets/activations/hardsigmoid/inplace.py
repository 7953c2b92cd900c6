import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-4.0, 0.0, 1.5])
y = F.hardsigmoid(x, inplace=True)
print(y is x, x)  # the input itself is overwritten and returned
#> True tensor([0.0000, 0.5000, 0.7500])

w = torch.tensor([-4.0, 0.0, 1.5], requires_grad=True)
try:
    nn.Hardsigmoid(inplace=True)(w)  # a leaf that requires grad
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works: the gradient is 1/6 where -3 < x < 3.
h = w + 0
nn.Hardsigmoid(inplace=True)(h).sum().backward()
print(w.grad)
#> tensor([0.0000, 0.1667, 0.1667])
