import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -0.25, float("nan"), 0.25, float("inf")])
print(F.hardshrink(x))  # nan and infinities pass through
#> tensor([-inf, 0., nan, 0., inf])
print(F.hardshrink(torch.tensor(-0.75)), F.hardshrink(torch.empty(0, 2)).shape)  # 0-d and empty tensors
#> tensor(-0.7500) torch.Size([0, 2])
