import torch
import torch.nn.functional as F

x = torch.tensor([[[3.0, -4.0, -1.0, 2.0]]])  # windows of 2: (3, -4) and (-1, 2)
for p in [1, 2, 3, 1.5]:
    print(p, F.lp_pool1d(x, p, 2))
    #> 1 tensor([[[-1.,  1.]]])
    #> 2 tensor([[[5.0000, 2.2361]]])
    #> 3 tensor([[[   nan, 1.9129]]])
    #> 1.5 tensor([[[nan, nan]]])
print(F.lp_pool1d(x.abs(), 1, 2), F.lp_pool1d(x.abs(), 3, 2))  # the norms of |x|
#> tensor([[[7., 3.]]]) tensor([[[4.4979, 2.0801]]])
