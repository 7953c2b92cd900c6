import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.0, 0.0, 0.5, 3.0], requires_grad=True)
F.relu(x).sum().backward()
# 1 where x > 0, else 0: at the kink x = 0 autograd uses 0.
print(x.grad)
#> tensor([0., 0., 0., 1., 1.])
