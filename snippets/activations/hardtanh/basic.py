import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-0.3335, -1.5161, -1.7645, 0.1050, 1.5336, 0.5723])
print(nn.Hardtanh()(x))  # default linear region [-1, 1]
#> tensor([-0.3335, -1.0000, -1.0000,  0.1050,  1.0000,  0.5723])

# Another linear region: values are clipped to [min_val, max_val].
print(nn.Hardtanh(min_val=-0.5, max_val=1.5)(x))
#> tensor([-0.3335, -0.5000, -0.5000,  0.1050,  1.5000,  0.5723])
print(F.hardtanh(x, min_val=0.0, max_val=6.0))  # the same as F.relu6(x)
#> tensor([0.0000, 0.0000, 0.0000, 0.1050, 1.5336, 0.5723])
