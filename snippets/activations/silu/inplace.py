import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.silu(x, inplace=True)
print(y is x, x)  # the input tensor now holds the result
#> True tensor([-0.2689,  0.3112,  1.7616])

# A leaf tensor that requires grad cannot be overwritten.
w = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
try:
    F.silu(w, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# On an intermediate result it works, and the gradient is still correct.
h = w * 1
F.silu(h, inplace=True).sum().backward()
print(w.grad)
#> tensor([0.0723, 0.7400, 1.0908])
# The same gradient as the out-of-place call:
print(torch.allclose(w.grad, torch.autograd.grad(F.silu(w).sum(), w)[0]))
#> True
