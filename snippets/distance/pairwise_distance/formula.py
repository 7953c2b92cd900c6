import torch
import torch.nn.functional as F

x1 = torch.tensor([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]], dtype=torch.float64)
x2 = torch.tensor([[0.0, 1.0, 0.5], [2.0, 3.0, 1.0]], dtype=torch.float64)
eps = 1e-6
d = x1 - x2 + eps  # eps is added to every coordinate of the difference, not to the norm
for p in (1.0, 2.0, 3.0, float("inf")):
    by_hand = d.abs().amax(-1) if p == float("inf") else d.abs().pow(p).sum(-1).pow(1 / p)
    print(p, torch.allclose(F.pairwise_distance(x1, x2, p=p, eps=eps), by_hand, rtol=0, atol=1e-15))
    #> 1.0 True
    #> 2.0 True
    #> 3.0 True
    #> inf True

# Distance of a point to itself: ||eps * ones(D)||_p = eps * D^(1/p).
x = torch.zeros(1, 100, dtype=torch.float64)
for p in (1.0, 2.0, float("inf")):
    print(p, f"{F.pairwise_distance(x, x, p=p).item():.4e}")
    #> 1.0 1.0000e-04
    #> 2.0 1.0000e-05
    #> inf 1.0000e-06
