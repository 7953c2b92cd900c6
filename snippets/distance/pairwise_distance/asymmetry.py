import torch
import torch.nn.functional as F

a = torch.tensor([[0.0, 0.0]], dtype=torch.float64)
b = torch.tensor([[1.0, 1.0]], dtype=torch.float64)
# With eps added to x1 - x2, swapping the arguments changes the result: |(-1 + eps)| vs |(1 + eps)|.
print(F.pairwise_distance(a, b, eps=0.1), F.pairwise_distance(b, a, eps=0.1))
#> tensor([1.2728], dtype=torch.float64) tensor([1.5556], dtype=torch.float64)
# With the default eps=1e-6 the gap is sqrt(2) * (1 + eps) - sqrt(2) * (1 - eps) = 2 sqrt(2) eps: tiny but real.
print(f"{(F.pairwise_distance(b, a) - F.pairwise_distance(a, b)).item():.4e}")
#> 2.8284e-06
print(F.pairwise_distance(a, b, eps=0.0), F.pairwise_distance(b, a, eps=0.0))  # symmetric without eps
#> tensor([1.4142], dtype=torch.float64) tensor([1.4142], dtype=torch.float64)
