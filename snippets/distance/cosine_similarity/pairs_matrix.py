import torch
import torch.nn.functional as F

queries = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
keys = torch.tensor([[2.0, 0.0], [1.0, -1.0]])
# Broadcasting (3, 1, 2) against (2, 2) gives the 3 x 2 matrix of all similarities.
print(F.cosine_similarity(queries[:, None, :], keys[None, :, :], dim=-1))
#> tensor([[ 1.0000,  0.7071],
#>         [ 0.0000, -0.7071],
#>         [ 0.7071,  0.0000]])
# The same matrix from normalized rows and one matrix product.
print(F.normalize(queries, dim=1) @ F.normalize(keys, dim=1).T)
#> tensor([[ 1.0000,  0.7071],
#>         [ 0.0000, -0.7071],
#>         [ 0.7071,  0.0000]])
