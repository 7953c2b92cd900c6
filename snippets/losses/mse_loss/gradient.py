import torch
import torch.nn.functional as F

# Errors x - y from -2 to 2.
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = torch.zeros(5, requires_grad=True)

F.mse_loss(x, y, reduction="sum").backward()
print(x.grad)  # 2 * (x - y): proportional to the error, 0 at 0, no kink
#> tensor([-4., -1.,  0.,  1.,  4.])
print(y.grad)
#> tensor([ 4.,  1.,  0., -1., -4.])

x.grad = None
F.mse_loss(x, y).backward()
print(x.grad)  # 'mean' divides by the 5 elements
#> tensor([-0.8000, -0.2000,  0.0000,  0.2000,  0.8000])
