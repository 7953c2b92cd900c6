import torch

x = torch.linspace(-10, 10, 201, dtype=torch.float64, requires_grad=True)
y = torch.sigmoid(x)

# The definition 1 / (1 + exp(-x)).
print(torch.allclose(y, 1 / (1 + torch.exp(-x))))
#> True
# A shifted and scaled tanh: sigmoid(x) = (1 + tanh(x / 2)) / 2.
print(torch.allclose(y, (1 + torch.tanh(x / 2)) / 2))
#> True
# The derivative is sigmoid(x) * (1 - sigmoid(x)).
y.sum().backward()
print(torch.allclose(x.grad, y * (1 - y)))
#> True
