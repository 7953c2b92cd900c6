import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 201, dtype=torch.float64, requires_grad=True)
y = F.mish(x)

# The definition x * tanh(softplus(x)).
print(torch.allclose(y, x * torch.tanh(F.softplus(x))))
#> True
# tanh(log(1 + e^x)) is rational in e^x: ((1 + e^x)^2 - 1) / ((1 + e^x)^2 + 1).
u = (1 + torch.exp(x)) ** 2
print(torch.allclose(y, x * (u - 1) / (u + 1)))
#> True
# The derivative tanh(sp) + x * sigmoid(x) * (1 - tanh(sp)^2), with sp = softplus(x).
y.sum().backward()
t = torch.tanh(F.softplus(x))
print(torch.allclose(x.grad, t + x * torch.sigmoid(x) * (1 - t**2)))
#> True
