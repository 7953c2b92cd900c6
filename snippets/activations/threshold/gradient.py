import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 0.75, 2.0], requires_grad=True)
F.threshold(x, 0.5, 10.0).sum().backward()
# 1 where x > threshold (the input is kept), 0 where it was replaced, the boundary included.
print(x.grad)
#> tensor([0., 0., 1., 1.])
