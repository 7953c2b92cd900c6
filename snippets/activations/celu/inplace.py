import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.celu(x, alpha=2.0, inplace=True)
print(y is x, x)  # the input tensor now holds the result
#> True tensor([-0.7869,  0.5000,  2.0000])

# A leaf tensor that requires grad cannot be overwritten.
w = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
try:
    F.celu(w, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works: the backward pass uses the output instead of the input.
F.celu(w * 1, alpha=2.0, inplace=True).sum().backward()
print(w.grad)
#> tensor([0.6065, 1.0000, 1.0000])
# The same gradient as the out-of-place call:
print(torch.allclose(w.grad, torch.autograd.grad(F.celu(w, alpha=2.0).sum(), w)[0]))
#> True

# With a negative alpha the backward pass refuses (the message speaks of elu: CELU runs ELU's kernel).
try:
    F.celu(w * 1, alpha=-0.5, inplace=True).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: In-place elu backward calculation is triggered with a negative slope which is not supported. This is caused by calling in-place forward function with a negative slope, please call out-of-place version instead.
