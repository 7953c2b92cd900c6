import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = F.softmax(x, dim=0)
# d log_softmax_i / d x_j = delta_ij - s_j
jacobian = torch.autograd.functional.jacobian(lambda t: F.log_softmax(t, dim=0), x)
print(torch.allclose(jacobian, torch.eye(3) - s))
#> True
# Backward with upstream g: g - s * g.sum(); for -onehot(y) that is s - onehot(y).
g = torch.tensor([0.0, -1.0, 0.0])
F.log_softmax(x, dim=0).backward(g)
print(x.grad)
#> tensor([ 0.0900, -0.7553,  0.6652])
