import torch
import torch.nn as nn

g = torch.Generator().manual_seed(0)
w = nn.init.orthogonal_(torch.empty(4, 4, device="cpu"), gain=2.0, generator=g)
print(torch.linalg.svdvals(w))
#> tensor([2.0000, 2.0000, 2.0000, 2.0000])
x = torch.randn(6, 4, generator=g, device="cpu")
print((x @ w.T).norm(dim=1) / x.norm(dim=1))  # every vector's length is multiplied by the gain
#> tensor([2.0000, 2.0000, 2.0000, 2.0000, 2.0000, 2.0000])
