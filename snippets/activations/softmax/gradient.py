import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = F.softmax(x, dim=0)
# Jacobian ds_i/dx_j = s_i (delta_ij - s_j) = diag(s) - s s^T
jacobian = torch.autograd.functional.jacobian(lambda t: F.softmax(t, dim=0), x)
print(torch.allclose(jacobian, torch.diag(s) - torch.outer(s, s)))
#> True
print(jacobian)
#> tensor([[ 0.0819, -0.0220, -0.0599],
#>         [-0.0220,  0.1848, -0.1628],
#>         [-0.0599, -0.1628,  0.2227]])
# The outputs always sum to 1, so the gradient of their sum is zero.
s.sum().backward()
print(x.grad)
#> tensor([0., 0., 0.])
# Backward with upstream g gives s * (g - (g * s).sum()).
g = torch.tensor([1.0, 0.0, 0.0])
x.grad = None
F.softmax(x, dim=0).backward(g)
print(x.grad, torch.allclose(x.grad, s * (g - (g * s).sum())))
#> tensor([ 0.0819, -0.0220, -0.0599]) True
