import torch
import torch.nn.functional as F

# inplace=True overwrites the input and returns that same tensor.
x = torch.tensor([-1.0, 0.0, 2.0])
y = F.mish(x, inplace=True)
print(y is x, x)
#> True tensor([-0.3034,  0.0000,  1.9440])

# On an intermediate result autograd still works, with the same gradient as out of place.
a = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
F.mish(a * 1, inplace=True).sum().backward()
in_place = a.grad.clone()
a.grad = None
F.mish(a).sum().backward()
print(in_place, torch.equal(in_place, a.grad))
#> tensor([0.0592, 0.6000, 1.0693]) True

# A leaf that requires grad cannot be overwritten.
try:
    F.mish(torch.tensor([1.0], requires_grad=True), inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
