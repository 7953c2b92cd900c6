import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
print(F.softmin(x, dim=0))
#> tensor([0.6652, 0.2447, 0.0900])
# 1 - softmax is not a distribution (it sums to C - 1) and weights the entries differently.
print(1 - F.softmax(x, dim=0), (1 - F.softmax(x, dim=0)).sum())
#> tensor([0.9100, 0.7553, 0.3348]) tensor(2.)
# A temperature works as for softmax: softmin(x / T); small T approaches a one-hot argmin.
print(F.softmin(x / 0.1, dim=0), x.argmin())
#> tensor([9.9995e-01, 4.5398e-05, 2.0611e-09]) tensor(0)
