import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, float("nan"), 1e30, float("inf")])
print(F.hardtanh(x))  # NaN propagates, infinities are clipped
#> tensor([-1., -1., nan,  1.,  1.])
print(F.hardtanh(torch.tensor(2.5)), F.hardtanh(torch.empty(0, 3)).shape)  # 0-d and empty tensors
#> tensor(1.) torch.Size([0, 3])
