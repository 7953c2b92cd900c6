import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4, 3, 3)  # (N, C, H, W)

# num_groups=1: statistics over all of (C, H, W) for each sample, as layer_norm over x.shape[1:] ...
print(torch.allclose(F.group_norm(x, 1), F.layer_norm(x, x.shape[1:]), atol=1e-6))
#> True
# ... but the affine parameters differ: one per channel here, one per element of (C, H, W) there.
print(nn.GroupNorm(1, 4).weight.shape, nn.LayerNorm([4, 3, 3]).weight.shape)
#> torch.Size([4]) torch.Size([4, 3, 3])
gn = nn.GroupNorm(1, 4)
with torch.no_grad():
    gn.weight.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]))
    gn.bias.copy_(torch.tensor([0.5, 0.0, -0.5, 1.0]))
ln = nn.LayerNorm([4, 3, 3], elementwise_affine=False)
print(torch.allclose(gn(x), ln(x) * gn.weight.view(4, 1, 1) + gn.bias.view(4, 1, 1), atol=1e-6))
#> True

# num_groups=C: statistics over (H, W) for each sample and channel, as instance_norm.
print(torch.allclose(F.group_norm(x, 4), F.instance_norm(x), atol=1e-6))
#> True
inorm = nn.InstanceNorm2d(4, affine=True)
with torch.no_grad():
    inorm.weight.copy_(gn.weight)
    inorm.bias.copy_(gn.bias)
gn4 = nn.GroupNorm(4, 4)
gn4.load_state_dict(gn.state_dict())
print(torch.allclose(gn4(x), inorm(x), atol=1e-6))
#> True
