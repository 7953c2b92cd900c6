import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.selu(x).sum().backward()
# scale * alpha * exp(x) for x <= 0, scale for x > 0
print(x.grad)
#> tensor([0.0875, 0.6468, 1.7581, 1.0507, 1.0507])

# A kink at 0: autograd takes the left slope scale * alpha there, the right slope is scale.
z = torch.tensor([-1e-6, 0.0, 1e-6], dtype=torch.float64, requires_grad=True)
F.selu(z).sum().backward()
print(z.grad)
#> tensor([1.7581, 1.7581, 1.0507], dtype=torch.float64)
