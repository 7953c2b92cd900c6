import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0], requires_grad=True)
y = F.softshrink(x)  # lambd=0.5
y.sum().backward()
print(x.grad)  # 1 outside [-lambd, lambd], 0 inside including both kinks
#> tensor([1., 0., 0., 0., 0., 0., 1.])
