import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = F.softmin(x, dim=0)
# d softmin_i / d x_j = -s_i (delta_ij - s_j): the Jacobian of softmax with the sign flipped
jacobian = torch.autograd.functional.jacobian(lambda t: F.softmin(t, dim=0), x)
print(torch.allclose(jacobian, -(torch.diag(s) - torch.outer(s, s))))
#> True
# Raising x_0 lowers its own weight and raises the others.
print(jacobian[:, 0])
#> tensor([-0.2227,  0.1628,  0.0599])
