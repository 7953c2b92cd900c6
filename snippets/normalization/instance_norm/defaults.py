import torch
import torch.nn as nn

m = nn.InstanceNorm2d(3)
print(m)
#> InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, bias=False, track_running_stats=False)
# affine=False and track_running_stats=False by default: no parameters, no buffers ...
print(list(m.parameters()), m.running_mean)
#> [] None
# ... so train and eval mode compute the same thing, from each input's own statistics.
torch.manual_seed(0)
x = torch.randn(2, 3, 4, 4)
train_out = m(x)
print(torch.equal(train_out, m.eval()(x)))
#> True
# And a sample's output does not depend on the rest of the batch.
print(torch.allclose(m(x[:1]), train_out[:1]))
#> True
