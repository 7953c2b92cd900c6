import torch
import torch.nn as nn
import torch.nn.functional as F

# A short vector (norm 0.1) against a long one (norm 10), pointing the same way, with eps=0.5.
x1 = torch.tensor([[0.06, 0.08]])
x2 = torch.tensor([[6.0, 8.0]])
eps = 0.5
n1, n2 = x1.norm(dim=1), x2.norm(dim=1)
dot = (x1 * x2).sum(dim=1)
print(F.cosine_similarity(x1, x2, eps=eps))
#> tensor([0.2000])
# PyTorch 2.13 clamps each norm separately, 0.1 / 0.5 = 0.2: x1 . x2 / (max(||x1||, eps) * max(||x2||, eps)) ...
print(dot / (n1.clamp_min(eps) * n2.clamp_min(eps)))
#> tensor([0.2000])
# ... not the product, as nn.CosineSimilarity's docstring still says: x1 . x2 / max(||x1|| ||x2||, eps).
print(dot / (n1 * n2).clamp_min(eps))
#> tensor([1.])
# The docstring of nn.CosineSimilarity does show the product:
print(r"\max(\Vert x_1 \Vert _2 \cdot \Vert x_2 \Vert _2, \epsilon)" in nn.CosineSimilarity.__doc__)
#> True

# It also normalizes first and sums afterwards: sum((x1 / ||x1||) * (x2 / ||x2||)).
torch.manual_seed(0)
a, b = torch.randn(4, 6, dtype=torch.float64), torch.randn(4, 6, dtype=torch.float64)
print(torch.allclose(F.cosine_similarity(a, b), ((a / a.norm(dim=1, keepdim=True)) * (b / b.norm(dim=1, keepdim=True))).sum(1)))
#> True
