import torch
import torch.nn.functional as F

# The distance is ||x - y + eps||_p: eps is added to every coordinate of the difference,
# so the distance of a vector to itself is eps * D ** (1 / p), not 0.
# Identical rows with D = 4: eps * sqrt(4) = 2e-06, one value per row.
x = torch.tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
d = F.pairwise_distance(x, x)
print(d, d.shape)
#> tensor([2.0000e-06, 2.0000e-06, 2.0000e-06]) torch.Size([3])
print(F.pairwise_distance(x, x, keepdim=True).shape)  # (N, 1) only with keepdim=True
#> torch.Size([3, 1])
print(F.pairwise_distance(x, x, p=1.0))  # eps * 4
#> tensor([4.0000e-06, 4.0000e-06, 4.0000e-06])
print(F.pairwise_distance(x, x, eps=0.5))  # 0.5 * sqrt(4)
#> tensor([1., 1., 1.])

# The shift also makes d asymmetric: d(x, y) != d(y, x).
u, v = torch.tensor([[0.0]]), torch.tensor([[1e-6]])
print(F.pairwise_distance(u, v), F.pairwise_distance(v, u))
#> tensor([0.]) tensor([2.0000e-06])

# With anchor == positive, d(a, p) = eps * sqrt(D) still has a gradient of 1 / sqrt(D) per
# coordinate (the direction of the eps vector); with eps=0 that part of the gradient is 0.
negative = torch.tensor([[1.0, 2.0, 3.0, 4.5]])
for eps in [1e-6, 0.0]:
    anchor = torch.tensor([[1.0, 2.0, 3.0, 4.0]], requires_grad=True)
    F.triplet_margin_loss(anchor, anchor.detach(), negative, eps=eps).backward()
    print(eps, anchor.grad)
    #> 1e-06 tensor([[0.5000, 0.5000, 0.5000, 1.5000]])
    #> 0.0 tensor([[0., 0., 0., 1.]])
