import torch
import torch.nn.functional as F

torch.manual_seed(0)
image = torch.randn(1, 1, 8, 8)
identity = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(identity, [1, 1, 8, 8], align_corners=True)   # built with True ...
out = F.grid_sample(image, grid, align_corners=False)              # ... sampled with False
print(torch.allclose(out, image), (out - image).abs().max().item() > 0.1)
#> False True
grid = F.affine_grid(identity, [1, 1, 8, 8], align_corners=False)
print(torch.allclose(F.grid_sample(image, grid, align_corners=False), image, atol=1e-6))
#> True
