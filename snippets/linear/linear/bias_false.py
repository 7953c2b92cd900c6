import torch
import torch.nn as nn

m = nn.Linear(3, 2, bias=False)
print(m)
#> Linear(in_features=3, out_features=2, bias=False)
print(m.bias)
#> None
print(sum(p.numel() for p in m.parameters()))  # 6 weights, no bias
#> 6
# Without a bias the map is linear, not affine: zero in, zero out.
print(m(torch.zeros(4, 3)).abs().max())
#> tensor(0., grad_fn=<MaxBackward1>)
