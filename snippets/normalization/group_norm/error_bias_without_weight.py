# snippet-devices: cpu  (the failure comes from the CPU backward kernel)
import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 3.0], [5.0, 7.0]]], requires_grad=True)
bias = torch.tensor([0.5, -0.5], requires_grad=True)
y = F.group_norm(x, 1, weight=None, bias=bias)  # the forward pass works
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: tensor does not have a device
# Passing an explicit weight of ones computes the same thing and differentiates.
y = F.group_norm(x, 1, weight=torch.ones(2), bias=bias)
y.sum().backward()
print(bias.grad)
#> tensor([2., 2.])
