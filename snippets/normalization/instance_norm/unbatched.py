import torch
import torch.nn as nn

x = torch.tensor([[1.0, 2.0, 4.0, 7.0], [0.0, 10.0, 0.0, 10.0]])  # (C=2, L=4): one sample without the batch dim
m = nn.InstanceNorm1d(2)
print(m(x))
#> tensor([[-1.0911, -0.6547,  0.2182,  1.5275],
#>         [-1.0000,  1.0000, -1.0000,  1.0000]])
print(torch.equal(m(x), m(x.unsqueeze(0)).squeeze(0)))
#> True
