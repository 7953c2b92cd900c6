import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
print(torch.equal(F.leaky_relu(x, 0.0), F.relu(x)))  # slope 0: ReLU (for finite inputs)
#> True
print(torch.equal(F.leaky_relu(x, 1.0), x))  # slope 1: identity
#> True
# Nothing restricts the slope to [0, 1): -1 gives |x|, 3 steepens the negative side.
print(F.leaky_relu(x, -1.0))
#> tensor([2.0000, 0.5000, -0.0000, 1.5000])
print(F.leaky_relu(x, 3.0))
#> tensor([-6.0000, -1.5000,  0.0000,  1.5000])
