import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 6, 5, 5)
gn = nn.GroupNorm(3, 6)
print([name for name, _ in gn.named_buffers()])  # no running statistics
#> []
full = gn(x)
# Each sample is normalized on its own: the same output alone, in any batch, in train or eval mode.
print(torch.allclose(gn(x[:1]), full[:1], atol=1e-6), torch.equal(gn.eval()(x), full))
#> True True
bn = nn.BatchNorm2d(6)
print(torch.allclose(bn(x[:2])[:1], bn(x)[:1], atol=1e-6))  # batch norm: depends on the other samples
#> False
