import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 4)  # (N, C, H, W)
# Instance norm is batch norm in training mode applied to a batch of one sample with N * C channels ...
as_batch = F.batch_norm(x.reshape(1, 6, 4, 4), None, None, training=True).reshape(2, 3, 4, 4)
print(torch.allclose(F.instance_norm(x), as_batch, atol=1e-6))
#> True
# ... and group norm with one channel per group.
print(torch.allclose(F.instance_norm(x), F.group_norm(x, num_groups=3), atol=1e-6))
#> True
