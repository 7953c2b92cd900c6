import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([0.7639, 0.1061, -0.6002, -0.4351, -0.2613, 1.8871])
m = nn.Threshold(0.1, 10)  # keep x where x > 0.1, else write 10
print(m(x))
#> tensor([ 0.7639,  0.1061, 10.0000, 10.0000, 10.0000,  1.8871])
print(m)
#> Threshold(threshold=0.1, value=10)
print(torch.equal(F.threshold(x, 0.1, 10.0), m(x)))
#> True
