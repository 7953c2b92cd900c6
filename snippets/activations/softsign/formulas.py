import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 201, dtype=torch.float64, requires_grad=True)
y = F.softsign(x)

# The definition x / (1 + |x|).
print(torch.allclose(y, x / (1 + x.abs())))
#> True
# The derivative 1 / (1 + |x|)^2.
y.sum().backward()
print(torch.allclose(x.grad, 1 / (1 + x.abs()) ** 2))
#> True

# F.softsign has no kernel of its own: it is that Python expression, a division in the graph.
print(type(F.softsign(torch.tensor([1.0], requires_grad=True)).grad_fn).__name__)
#> DivBackward0
