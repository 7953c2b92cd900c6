import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.0, 0.0, 0.5, 3.0], requires_grad=True)
F.leaky_relu(x, 0.2).sum().backward()
# 1 where x > 0, else negative_slope: at the kink x = 0 autograd uses the slope.
print(x.grad)
#> tensor([0.2000, 0.2000, 0.2000, 1.0000, 1.0000])
