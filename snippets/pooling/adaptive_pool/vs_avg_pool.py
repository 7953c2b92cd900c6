import torch
import torch.nn.functional as F

x = torch.arange(1.0, 9.0).reshape(1, 1, 8)
# 8 is divisible by 4: the windows are side by side, exactly avg_pool1d with kernel = stride = 2
print(F.adaptive_avg_pool1d(x, 4), F.avg_pool1d(x, 2))
#> tensor([[[1.5000, 3.5000, 5.5000, 7.5000]]]) tensor([[[1.5000, 3.5000, 5.5000, 7.5000]]])
# 10 into 4: windows [0, 3), [2, 5), [5, 8), [7, 10) start 2, 3, 2 apart; no fixed stride gives this
y = torch.arange(1.0, 11.0).reshape(1, 1, 10)
print(F.adaptive_avg_pool1d(y, 4), F.avg_pool1d(y, 3, 2))
#> tensor([[[2., 4., 7., 9.]]]) tensor([[[2., 4., 6., 8.]]])
