import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 41, dtype=torch.float64)  # steps of 0.25

# Hardsigmoid(x) = ReLU6(x + 3) / 6 = clamp(x / 6 + 1/2, 0, 1)
print(torch.allclose(F.hardsigmoid(x), F.relu6(x + 3) / 6), torch.allclose(F.hardsigmoid(x), (x / 6 + 0.5).clamp(0, 1)))
#> True True

# A slope-0.2 variant, clamp(0.2 x + 0.5, 0, 1), found in other libraries, is a different function.
print(torch.allclose(F.hardsigmoid(x), (0.2 * x + 0.5).clamp(0, 1)))
#> False

# Largest gap to the logistic sigmoid, and where it occurs.
grid = torch.linspace(-6, 6, 120001, dtype=torch.float64)
gap = (F.hardsigmoid(grid) - torch.sigmoid(grid)).abs()
print(round(gap.max().item(), 4), round(grid[gap.argmax()].item(), 3))
#> 0.0692 -1.317
