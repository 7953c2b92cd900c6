import torch
import torch.nn.functional as F

x = torch.tensor([[[3.0, 4.0, 1.0, 2.0, 2.0, 4.0]]])
p, k = 2, 3
# LP pooling = (k * average pooling of x ** p) ** (1 / p)
print(F.lp_pool1d(x, p, k))
#> tensor([[[5.0990, 4.8990]]])
print((k * F.avg_pool1d(x.pow(p), k)).pow(1 / p))
#> tensor([[[5.0990, 4.8990]]])
