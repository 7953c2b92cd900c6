import math

import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], dtype=torch.float64)

# Exact: x * Phi(x), Phi the standard normal CDF.
exact = 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
print(torch.allclose(F.gelu(x), exact))
#> True

# approximate='tanh': 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
approx = 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
print(torch.allclose(F.gelu(x, approximate="tanh"), approx))
#> True

# The two differ by less than 5e-4 everywhere.
grid = torch.linspace(-10, 10, 20001, dtype=torch.float64)
print(f"{(F.gelu(grid) - F.gelu(grid, approximate='tanh')).abs().max().item():.2e}")
#> 4.73e-04
