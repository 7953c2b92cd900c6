import torch
import torch.nn as nn


def parameters(bad):
    weight, bias = nn.Parameter(torch.zeros(2)), nn.Parameter(torch.zeros(1))
    weight.grad, bias.grad = torch.tensor([3.0, bad]), torch.tensor([12.0])
    return weight, bias


# A nan gradient: by default no error, and every gradient of every parameter becomes nan.
weight, bias = parameters(float("nan"))
print(nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0), bias.grad)
#> tensor(nan) tensor([nan])

# An inf gradient: the factor is 0, the finite gradients become 0 and the inf one nan.
weight, bias = parameters(float("inf"))
print(nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0), weight.grad, bias.grad)
#> tensor(inf) tensor([0., nan]) tensor([0.])

# error_if_nonfinite=True stops before anything is changed.
weight, bias = parameters(float("nan"))
try:
    nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0, error_if_nonfinite=True)
except RuntimeError as error:
    print(str(error).split(",")[0])
    #> The total norm of order 2.0 for gradients from `parameters` is non-finite
print(bias.grad)
#> tensor([12.])
