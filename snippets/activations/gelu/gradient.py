import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.gelu(x).sum().backward()
# d/dx [x Phi(x)] = Phi(x) + x phi(x): 0.5 at 0, slightly negative left of about -0.75.
print(x.grad)
#> tensor([-0.0119, -0.0833,  0.5000,  1.0833,  1.0119])

# Where the derivative changes sign, which is also where GELU has its minimum.
grid = torch.linspace(-2, 0, 200001, dtype=torch.float64, requires_grad=True)
F.gelu(grid).sum().backward()
turn = grid[grid.grad.sign().diff().nonzero()[0]].item()
print(round(turn, 4), round(F.gelu(torch.tensor(turn, dtype=torch.float64)).item(), 4))
#> -0.7518 -0.17
