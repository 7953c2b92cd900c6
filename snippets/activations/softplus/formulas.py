import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 201, dtype=torch.float64, requires_grad=True)

# The definition log(1 + exp(beta x)) / beta, here below the threshold everywhere.
for beta in (1.0, 2.0, 0.5):
    print(torch.allclose(F.softplus(x, beta=beta), torch.log1p(torch.exp(beta * x)) / beta))
    #> True
    #> True
    #> True

# softplus(x) - softplus(-x) = x, and softplus(x) = -logsigmoid(-x).
y = F.softplus(x)
print(torch.allclose(y - F.softplus(-x), x), torch.allclose(y, -F.logsigmoid(-x)))
#> True True

# The derivative is sigmoid(beta x).
F.softplus(x, beta=2.0).sum().backward()
print(torch.allclose(x.grad, torch.sigmoid(2.0 * x)))
#> True
