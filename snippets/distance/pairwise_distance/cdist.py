# snippet-devices: cpu  (the residues come from the CPU float32 matrix multiply; CUDA rounds differently)
import torch
import torch.nn.functional as F

x = torch.arange(16.0).reshape(2, 8) * 3.7
# cdist computes all N x M distances; with the matmul formula sqrt(|a|^2 + |b|^2 - 2 a.b)
# rounding leaves a residue, so the distance of a point to itself is not exactly 0.
print(torch.cdist(x, x, compute_mode="use_mm_for_euclid_dist").diagonal())
#> tensor([0.0156, 0.0442])
print(torch.cdist(x, x, compute_mode="donot_use_mm_for_euclid_dist").diagonal())
#> tensor([0., 0.])
# The default mode switches to the matmul formula once either input has more than 25 rows.
y = torch.arange(78.0).reshape(26, 3) * 3.7
print(torch.cdist(y[:25], y[:25]).diagonal().max(), torch.cdist(y, y).diagonal().max())
#> tensor(0.) tensor(0.1768)
# pairwise_distance pairs row n with row n only; it never uses the matmul formula, and adds eps.
print(F.pairwise_distance(x, x), F.pairwise_distance(x, x, eps=0.0))
#> tensor([2.8284e-06, 2.8284e-06]) tensor([0., 0.])
