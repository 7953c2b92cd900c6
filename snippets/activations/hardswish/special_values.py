import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, -3.0, float("nan"), 1e30, float("inf")])
print(F.hardswish(x))  # -inf * 0 is nan; a negative x times 0 is -0.
#> tensor([       nan, -0.0000e+00, -0.0000e+00,        nan, 1.0000e+30,        inf])
print(F.hardswish(torch.tensor(1.5)), F.hardswish(torch.empty(0)).shape)  # 0-d and empty tensors
#> tensor(1.1250) torch.Size([0])
