import torch
import torch.nn as nn

layer = nn.Linear(3, 2)
try:
    layer.weight.normal_()  # an in-place change of a parameter, recorded by autograd
except RuntimeError as error:
    print(type(error).__name__, error)
    #> RuntimeError a leaf Variable that requires grad is being used in an in-place operation.

out = nn.init.normal_(layer.weight)  # nn.init fills it under torch.no_grad()
print(out is layer.weight, layer.weight.requires_grad, layer.weight.grad_fn)
#> True True None
