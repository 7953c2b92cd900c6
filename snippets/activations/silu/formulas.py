import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 121, dtype=torch.float64, requires_grad=True)
F.silu(x).sum().backward()
s = torch.sigmoid(x.detach())
# SiLU'(x) = sigmoid(x) * (1 + x * (1 - sigmoid(x)))
print(torch.allclose(x.grad, s * (1 + x.detach() * (1 - s))))
#> True

# The minimum: where the derivative crosses zero; its value equals x* + 1 there.
grid = torch.linspace(-2, 0, 200001, dtype=torch.float64, requires_grad=True)
F.silu(grid).sum().backward()
turn = grid[grid.grad.sign().diff().nonzero()[0]].item()
print(round(turn, 4), round(F.silu(torch.tensor(turn, dtype=torch.float64)).item(), 4))
#> -1.2785 -0.2785
