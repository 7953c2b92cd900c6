import torch
import torch.nn.functional as F

x1 = torch.tensor([[1.0, 0.0, -2.0, 0.0]])
x2 = torch.zeros(1, 4)
# p=0 counts the non-zero coordinates of x1 - x2 + eps: with eps > 0 even equal coordinates count.
print(F.pairwise_distance(x1, x2, p=0), F.pairwise_distance(x1, x2, p=0, eps=0.0))
#> tensor([4.]) tensor([2.])
# p may be fractional or negative: (sum |d_i|^p)^(1/p); a zero coordinate makes a negative p give 0.
print(F.pairwise_distance(x1, x2, p=0.5), F.pairwise_distance(x1, x2, p=-1), F.pairwise_distance(x1, x2, p=-1, eps=0.0))
#> tensor([5.8381]) tensor([5.0000e-07]) tensor([0.])
# p=inf is the largest |d_i|, p=-inf the smallest.
print(F.pairwise_distance(x1, x2, p=float("inf")), F.pairwise_distance(x1, x2, p=-float("inf")))
#> tensor([2.0000]) tensor([1.0000e-06])
