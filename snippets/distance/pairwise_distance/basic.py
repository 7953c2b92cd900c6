import torch
import torch.nn as nn

pdist = nn.PairwiseDistance(p=2)  # eps=1e-6, keepdim=False
x1 = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, -1.0]])
x2 = torch.tensor([[3.0, 4.0], [1.0, 2.0], [0.0, 3.0]])
print(pdist(x1, x2))  # one distance per row: ||x1[n] - x2[n] + eps||_2
#> tensor([5.0000e+00, 1.4142e-06, 5.0000e+00])
print(nn.PairwiseDistance(p=1)(x1, x2), nn.PairwiseDistance(p=float("inf"))(x1, x2))
#> tensor([7.0000e+00, 2.0000e-06, 7.0000e+00]) tensor([4.0000e+00, 1.0000e-06, 4.0000e+00])
