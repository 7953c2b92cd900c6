import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.mish(x).sum().backward()
# 0.6 = tanh(log 2) at 0; slightly negative far left; a little above 1 on the right.
print(x.grad)
#> tensor([-0.0934,  0.0592,  0.6000,  1.0490,  1.0211])

# Where the derivative changes sign, which is also where Mish has its minimum.
grid = torch.linspace(-3, 0, 300001, dtype=torch.float64, requires_grad=True)
F.mish(grid).sum().backward()
turn = grid[grid.grad.sign().diff().nonzero()[0]].item()
print(round(turn, 4), round(F.mish(torch.tensor(turn, dtype=torch.float64)).item(), 4))
#> -1.1924 -0.3088
