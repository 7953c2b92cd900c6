import torch
import torch.nn as nn

m = nn.PReLU(2)
with torch.no_grad():
    m.weight.copy_(torch.tensor([0.25, 0.1]))
x = torch.tensor([[[-2.0, 1.0], [0.0, -1.0]],
                  [[-0.5, 3.0], [-4.0, 2.0]]], requires_grad=True)  # N=2, C=2, L=2
m(x).sum().backward()
# d/dx: 1 where x > 0, else the channel's slope (also at x = 0).
print(x.grad)
#> tensor([[[0.2500, 1.0000],
#>          [0.1000, 0.1000]],
#>
#>         [[0.2500, 1.0000],
#>          [0.1000, 1.0000]]])
# d/da_c: the sum of min(0, x) over channel c: -2 - 0.5 and 0 - 1 - 4.
print(m.weight.grad)
#> tensor([-2.5000, -5.0000])
