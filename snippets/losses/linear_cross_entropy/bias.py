import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1]])
b = torch.tensor([0.5, -0.5, 0.0])
target = torch.tensor([1, 0])

# Unlike F.linear(x, W, b), the bias is keyword-only.
print(F.linear_cross_entropy(x, W, target, linear_bias=b), F.cross_entropy(F.linear(x, W, b), target))
#> tensor(1.2098) tensor(1.2098)
try:
    F.linear_cross_entropy(x, W, target, b)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: linear_cross_entropy() takes 3 positional arguments but 4 were given

# The module has no bias unless bias=True (nn.Linear defaults to one).
print(nn.LinearCrossEntropyLoss(4, 3).linear.bias, nn.LinearCrossEntropyLoss(4, 3, bias=True).linear.bias.shape)
#> None torch.Size([3])
