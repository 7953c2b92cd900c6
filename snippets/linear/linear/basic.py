import torch
import torch.nn as nn

m = nn.Linear(3, 2)  # in_features=3, out_features=2
with torch.no_grad():  # literal parameters instead of the random initialization
    m.weight.copy_(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    m.bias.copy_(torch.tensor([0.5, -0.5]))
print(m)
#> Linear(in_features=3, out_features=2, bias=True)
print(m.weight.shape, m.bias.shape)  # weight is (out_features, in_features)
#> torch.Size([2, 3]) torch.Size([2])

x = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])
print(m(x))
#> tensor([[-1.5000, -2.5000],
#>         [ 4.5000, 12.5000]], grad_fn=<AddmmBackward0>)
# y = x A^T + b, row by row: [1*1 + 0*2 - 1*3 + 0.5, 1*4 + 0*5 - 1*6 - 0.5] = [-1.5, -2.5]
print(x @ m.weight.T + m.bias)
#> tensor([[-1.5000, -2.5000],
#>         [ 4.5000, 12.5000]], grad_fn=<AddBackward0>)
