import torch
import torch.nn.functional as F

x = torch.tensor([[-1.0, 2.0, -3.0], [4.0, -5.0, -6.0]])  # N=2, C=3
print(F.prelu(x, torch.tensor([0.1, 0.2, 0.3])))  # one slope per channel
#> tensor([[-0.1000,  2.0000, -0.9000],
#>         [ 4.0000, -1.0000, -1.8000]])
print(F.prelu(x, torch.tensor(0.5)))  # a 0-d or one-element weight is shared by every element
#> tensor([[-0.5000,  2.0000, -1.5000],
#>         [ 4.0000, -2.5000, -3.0000]])
# A 1-D input has no channel dimension: only a single slope fits it.
print(F.prelu(torch.tensor([-1.0, -2.0, 3.0]), torch.tensor([0.25])))
#> tensor([-0.2500, -0.5000,  3.0000])
