import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.softplus(x).sum().backward()
# sigmoid(x): softplus is the integral of the sigmoid.
print(x.grad)
#> tensor([0.0474, 0.2689, 0.5000, 0.7311, 0.9526])

x.grad = None
F.softplus(x, beta=2).sum().backward()
# sigmoid(2x): the slope at 0 stays 1/2 whatever beta is.
print(x.grad)
#> tensor([0.0025, 0.1192, 0.5000, 0.8808, 0.9975])
