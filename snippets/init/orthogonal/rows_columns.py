import torch
import torch.nn as nn

g = torch.Generator().manual_seed(0)
wide = nn.init.orthogonal_(torch.empty(3, 5, device="cpu"), generator=g)
tall = nn.init.orthogonal_(torch.empty(5, 3, device="cpu"), generator=g)
eye3 = torch.eye(3, device="cpu")
# 3 orthonormal rows, 3 orthonormal columns
print(torch.allclose(wide @ wide.T, eye3, atol=1e-6), torch.allclose(tall.T @ tall, eye3, atol=1e-6))
#> True True
print(torch.linalg.svdvals(wide), torch.linalg.svdvals(tall))  # every singular value is 1
#> tensor([1.0000, 1.0000, 1.0000]) tensor([1.0000, 1.0000, 1.0000])
