import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.tanhshrink(x).sum().backward()
print(x.grad)  # d/dx (x - tanh x) = tanh(x)**2: 0 at 0, close to 1 for large |x|
#> tensor([0.9901, 0.5800, 0.0000, 0.5800, 0.9901])
print(torch.allclose(x.grad, torch.tanh(x.detach()) ** 2))
#> True
