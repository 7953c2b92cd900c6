import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 41, dtype=torch.float64)  # steps of 0.25

# Hardswish(x) = x * ReLU6(x + 3) / 6 = x * Hardsigmoid(x)
print(torch.allclose(F.hardswish(x), x * F.relu6(x + 3) / 6), torch.allclose(F.hardswish(x), x * F.hardsigmoid(x)))
#> True True

# Its minimum, -3/8, is at x = -3/2; SiLU dips lower.
grid = torch.linspace(-6, 6, 120001, dtype=torch.float64)
y = F.hardswish(grid)
print(y.min().item(), round(grid[y.argmin()].item(), 4), round(F.silu(grid).min().item(), 4))
#> -0.375 -1.5 -0.2785

# Largest gap to SiLU, and where it occurs.
gap = (y - F.silu(grid)).abs()
print(round(gap.max().item(), 4), grid[gap.argmax()].item())
#> 0.1423 -3.0
