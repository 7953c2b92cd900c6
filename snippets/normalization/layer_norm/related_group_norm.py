import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4, 3, 3)  # (N, C, H, W)

# LayerNorm over (C, H, W) is GroupNorm with a single group (before the affine step,
# which is per element in LayerNorm and per channel in GroupNorm).
print(torch.allclose(F.layer_norm(x, x.shape[1:]), F.group_norm(x, num_groups=1), atol=1e-6))
#> True
# LayerNorm over (H, W) is InstanceNorm.
print(torch.allclose(F.layer_norm(x, x.shape[2:]), F.instance_norm(x), atol=1e-6))
#> True
