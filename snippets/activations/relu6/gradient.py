import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 3.0, 6.0, 7.0], requires_grad=True)
y = F.relu6(x)
y.sum().backward()
# 1 strictly between 0 and 6; 0 at both kinks and everywhere outside.
print(x.grad)
#> tensor([0., 0., 1., 0., 0.])
print(y.grad_fn.name())  # relu6 is implemented as hardtanh(x, 0, 6)
#> HardtanhBackward0
