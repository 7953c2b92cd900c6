import torch
import torch.nn.functional as F

x = torch.tensor([0.1, -0.5, 2.0, -4.0])
y = torch.zeros(4)

# Once delta (or beta) exceeds every |x - y|, only the quadratic branch is left.
print(F.mse_loss(x, y))
#> tensor(5.0650)
print(F.huber_loss(x, y, delta=5.0) * 2)
#> tensor(5.0650)
print(F.smooth_l1_loss(x, y, beta=5.0) * 2 * 5.0)
#> tensor(5.0650)
