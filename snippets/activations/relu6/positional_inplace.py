import torch
import torch.nn.functional as F

# The second positional argument is `inplace`, not the cap: this overwrites x and still caps at 6.
x = torch.tensor([-1.0, 3.0, 8.0])
y = F.relu6(x, 3)
print(x, y is x)
#> tensor([0., 3., 6.]) True

# For another cap use hardtanh (or clamp).
x = torch.tensor([-1.0, 3.0, 8.0])
print(F.hardtanh(x, 0.0, 3.0), x)
#> tensor([0., 3., 3.]) tensor([-1.,  3.,  8.])
