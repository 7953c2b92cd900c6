import torch
import torch.nn.functional as F

# Points below, on, inside and above the linear region [-1, 1].
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0], requires_grad=True)
F.hardtanh(x).sum().backward()
print(x.grad)  # 0 at both kinks: the boundaries count as outside
#> tensor([0., 0., 1., 0., 0.])

# clamp computes the same values but lets the gradient through on the boundaries.
y = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0], requires_grad=True)
y.clamp(-1.0, 1.0).sum().backward()
print(y.grad)
#> tensor([0., 1., 1., 1., 0.])
