import torch

x = torch.linspace(-10, 10, 201, dtype=torch.float64, requires_grad=True)
y = torch.tanh(x)

# The definition (e^x - e^-x) / (e^x + e^-x).
print(torch.allclose(y, (torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x))))
#> True
# A rescaled sigmoid: tanh(x) = 2 sigmoid(2x) - 1.
print(torch.allclose(y, 2 * torch.sigmoid(2 * x) - 1))
#> True
# The derivative is 1 - tanh(x)^2.
y.sum().backward()
print(torch.allclose(x.grad, 1 - y**2))
#> True

# Written with exp, the definition overflows: in float32 exp(100) = inf and inf / inf = nan.
big = torch.tensor([100.0])
print((torch.exp(big) - torch.exp(-big)) / (torch.exp(big) + torch.exp(-big)), torch.tanh(big))
#> tensor([nan]) tensor([1.])
