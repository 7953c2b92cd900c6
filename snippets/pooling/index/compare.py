import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 6.0, 2.0, 0.0, 3.0, -4.0]]])  # windows of 2: (1, 6), (2, 0), (3, -4)
print("max     ", F.max_pool1d(x, 2))
#> max      tensor([[[6., 2., 3.]]])
print("avg     ", F.avg_pool1d(x, 2))
#> avg      tensor([[[ 3.5000,  1.0000, -0.5000]]])
print("lp, p=2 ", F.lp_pool1d(x, 2, 2))
#> lp, p=2  tensor([[[6.0828, 2.0000, 5.0000]]])
print("adaptive", F.adaptive_avg_pool1d(x, 3))  # 6 into 3: the same windows here
#> adaptive tensor([[[ 3.5000,  1.0000, -0.5000]]])
