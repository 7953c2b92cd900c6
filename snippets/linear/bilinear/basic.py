import torch
import torch.nn as nn

m = nn.Bilinear(2, 3, 1)  # in1_features=2, in2_features=3, out_features=1
print(m.weight.shape, m.bias.shape)  # weight is (out_features, in1_features, in2_features)
#> torch.Size([1, 2, 3]) torch.Size([1])
with torch.no_grad():  # literal parameters instead of the random initialization
    m.weight.copy_(torch.tensor([[[1.0, 0.0, 2.0], [0.0, -1.0, 1.0]]]))
    m.bias.fill_(0.5)

x1 = torch.tensor([[1.0, 2.0], [0.0, 1.0]])
x2 = torch.tensor([[3.0, 1.0, -1.0], [1.0, 1.0, 1.0]])
print(m(x1, x2))
#> tensor([[-2.5000],
#>         [ 0.5000]], grad_fn=<AddBackward0>)
# Sample 0: x1^T A x2 + b = [1, 2] @ [[1, 0, 2], [0, -1, 1]] @ [3, 1, -1] + 0.5
#         = [1, -2, 4] @ [3, 1, -1] + 0.5 = 3 - 2 - 4 + 0.5 = -2.5
print(x1[0] @ m.weight[0] @ x2[0] + m.bias[0])
#> tensor(-2.5000, grad_fn=<AddBackward0>)
