import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 7.0])
print(torch.equal(F.relu(x), F.threshold(x, 0.0, 0.0)))
#> True
print(torch.equal(F.relu(x), x.clamp(min=0)))
#> True
print(torch.equal(F.relu(x), F.leaky_relu(x, 0.0)))
#> True
print(F.relu6(x))  # ReLU capped at 6
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 6.0000])
