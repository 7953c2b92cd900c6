import torch
import torch.nn.functional as F

# Two points 0.001 apart, far from the origin.
x = torch.tensor([[1000.0, 0.0], [1000.0, 0.001]])
print(torch.cdist(x, x, compute_mode="donot_use_mm_for_euclid_dist"))
#> tensor([[0.0000, 0.0010],
#>         [0.0010, 0.0000]])
# The matmul formula sqrt(|a|^2 + |b|^2 - 2 a.b) cancels 1e6 against 1e6 in float32:
# the 0.001 is lost and the distance comes out as 0.
print(torch.cdist(x, x, compute_mode="use_mm_for_euclid_dist"))
#> tensor([[0., 0.],
#>         [0., 0.]])
# The default mode switches to the matmul formula once either input has more than 25 rows.
y = torch.stack([torch.full((26,), 1000.0), torch.arange(26) * 0.001], dim=1)
print(torch.cdist(y[:25], y[:25])[0, 24], torch.cdist(y, y)[0, 24])
#> tensor(0.0240) tensor(0.)
# pairwise_distance pairs row n with row n only and never uses the matmul formula.
print(F.pairwise_distance(x[:1], x[1:]))
#> tensor([0.0010])
