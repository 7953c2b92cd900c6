import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.silu(x).sum().backward()
print(x.grad)
#> tensor([-0.0881,  0.0723,  0.5000,  0.9277,  1.0881])

# Smooth at 0: the slopes just left and right of 0 both tend to 0.5.
h = torch.tensor([-1e-6, 1e-6], dtype=torch.float64, requires_grad=True)
F.silu(h).sum().backward()
print(h.grad)
#> tensor([0.5000, 0.5000], dtype=torch.float64)

# The slope exceeds 1 for positive inputs: at most about 1.0998, near x = 2.3994.
grid = torch.linspace(0, 6, 60001, dtype=torch.float64, requires_grad=True)
F.silu(grid).sum().backward()
peak = grid.grad.argmax()
print(round(grid[peak].item(), 4), round(grid.grad[peak].item(), 4))
#> 2.3994 1.0998
