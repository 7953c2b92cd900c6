import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
rms_norm = nn.RMSNorm([2, 3], eps=1e-6)
with torch.no_grad():
    rms_norm.weight.uniform_(0.5, 1.5)
x = torch.randn(4, 2, 3)
print(rms_norm)
#> RMSNorm((2, 3), eps=1e-06, elementwise_affine=True)
print(torch.equal(rms_norm(x), F.rms_norm(x, rms_norm.normalized_shape, rms_norm.weight, rms_norm.eps)))
#> True
# No running statistics: eval() changes nothing.
train_out = rms_norm(x)
print(torch.equal(rms_norm.eval()(x), train_out), list(rms_norm.buffers()))
#> True []
