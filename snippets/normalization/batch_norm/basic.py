import torch
import torch.nn as nn

x = torch.tensor([[1.0, 10.0, -2.0],
                  [2.0, 20.0, 0.0],
                  [3.0, 30.0, 2.0],
                  [10.0, 100.0, 4.0]])  # (N=4, C=3); channel 1 is channel 0 times 10
bn = nn.BatchNorm1d(3)  # training mode by default
y = bn(x)
print(y)
#> tensor([[-0.8485, -0.8485, -1.3416],
#>         [-0.5657, -0.5657, -0.4472],
#>         [-0.2828, -0.2828,  0.4472],
#>         [ 1.6971,  1.6971,  1.3416]], grad_fn=<NativeBatchNormBackward0>)
# Per channel (column), over the batch: mean 0 and biased variance 1 (up to eps).
# Channels 0 and 1 give the same output: a channel's scale is normalized away.
print(torch.allclose(y.mean(dim=0), torch.zeros(3), atol=1e-6), y.var(dim=0, correction=0))
#> True tensor([1.0000, 1.0000, 1.0000], grad_fn=<VarBackward0>)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
#> tensor([0.4000, 4.0000, 0.1000]) tensor([  2.5667, 167.5667,   1.5667]) tensor(1)
