import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.selu(x, inplace=True)
print(y is x, x)  # the input tensor now holds the result
#> True tensor([-1.1113,  0.5254,  2.1014])

# A leaf tensor that requires grad cannot be overwritten.
w = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
try:
    F.selu(w, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works: the backward pass uses the output instead of the input.
F.selu(w * 1, inplace=True).sum().backward()
print(w.grad)
#> tensor([0.6468, 1.0507, 1.0507])
# The same gradient as the out-of-place call:
print(torch.allclose(w.grad, torch.autograd.grad(F.selu(w).sum(), w)[0]))
#> True
