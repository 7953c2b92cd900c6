import torch
import torch.nn.functional as F

# 1. A leaf tensor that requires grad cannot be overwritten.
x = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.leaky_relu(x, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# 2. In place with a negative slope: the forward pass runs, the backward pass refuses.
h = x * 1
y = F.leaky_relu(h, -0.5, inplace=True)
print(y.detach())
#> tensor([0.5000, 2.0000])
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. This is caused by calling in-place forward function with a negative slope, please call out-of-place version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting in-place leakRelu backward calculation with negative slope

# The out-of-place call has no such limit.
x.grad = None
F.leaky_relu(x * 1, -0.5).sum().backward()
print(x.grad)
#> tensor([-0.5000,  1.0000])
