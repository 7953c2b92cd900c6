import torch
import torch.nn as nn

x = torch.tensor([[1.0, 2.0, 3.0, 4.0],
                  [-1.0, 1.0, -1.0, 1.0]])
rms_norm = nn.RMSNorm(4)
print(rms_norm)
#> RMSNorm((4,), eps=None, elementwise_affine=True)
y = rms_norm(x)
print(y)
#> tensor([[ 0.3651,  0.7303,  1.0954,  1.4606],
#>         [-1.0000,  1.0000, -1.0000,  1.0000]], grad_fn=<MulBackward0>)
# Each row is divided by its root mean square, so the RMS of every output row is 1 ...
print(y.pow(2).mean(dim=-1).sqrt())
#> tensor([1., 1.], grad_fn=<SqrtBackward0>)
# ... but the mean is not removed: the first row stays all positive.
print(y.mean(dim=-1))
#> tensor([0.9129, 0.0000], grad_fn=<MeanBackward1>)
