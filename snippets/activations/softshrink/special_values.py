import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, float("nan"), 1e30, float("inf")])
print(F.softshrink(x))  # nan and infinities pass through
#> tensor([       -inf, -1.0000e+30,         nan,  1.0000e+30,         inf])
print(F.softshrink(torch.tensor(-0.75)), F.softshrink(torch.empty(3, 0)).shape)  # 0-d and empty tensors
#> tensor(-0.2500) torch.Size([3, 0])
