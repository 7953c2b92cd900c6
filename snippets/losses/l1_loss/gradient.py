import torch
import torch.nn.functional as F

# Errors x - y from -2 to 2, including the kink at 0.
x = torch.tensor([-2.0, -0.5, -0.001, 0.0, 0.001, 0.5, 2.0], requires_grad=True)
y = torch.zeros(7, requires_grad=True)

F.l1_loss(x, y, reduction="sum").backward()
print(x.grad)
#> tensor([-1., -1., -1.,  0.,  1.,  1.,  1.])
print(y.grad)  # the target receives the opposite gradient
#> tensor([ 1.,  1.,  1., -0., -1., -1., -1.])

# 'mean' divides every gradient by the element count.
x.grad = None
F.l1_loss(x, y).backward()
print(x.grad)
#> tensor([-0.1429, -0.1429, -0.1429,  0.0000,  0.1429,  0.1429,  0.1429])
