import torch
import torch.nn.functional as F

a = torch.tensor([[3.0, 4.0], [1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[6.0, 8.0], [0.0, 1.0], [-1.0, -1.0]])
# A point against itself: pairwise_distance adds eps to every coordinate, cdist does not.
print(F.pairwise_distance(a, a), torch.cdist(a, a).diagonal(), F.cosine_similarity(a, a))
#> tensor([1.4142e-06, 1.4142e-06, 1.4142e-06]) tensor([0., 0., 0.]) tensor([1.0000, 1.0000, 1.0000])
# For unit vectors the two measures carry the same information: ||u - v||^2 = 2 - 2 cos(u, v).
u, v = F.normalize(a, dim=1), F.normalize(b, dim=1)
print(F.pairwise_distance(u, v, eps=0.0) ** 2, 2 - 2 * F.cosine_similarity(a, b))
#> tensor([0.0000, 2.0000, 4.0000]) tensor([0., 2., 4.])
