import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 3.0], [0.0, 4.0]],
                  [[5.0, 9.0], [2.0, 2.0]]])  # (N=2, C=2, L=2)
m = nn.InstanceNorm1d(2, track_running_stats=True, momentum=0.1)
m(x)
# Each sample updates its own copy of the buffers; the copies are then averaged over the batch.
# Per-instance means: [[2, 2], [7, 2]]; unbiased variances (divide by L - 1 = 1): [[2, 8], [8, 0]].
print(m.running_mean, 0.9 * 0 + 0.1 * torch.tensor([2.0 + 7.0, 2.0 + 2.0]) / 2)
#> tensor([0.4500, 0.2000]) tensor([0.4500, 0.2000])
print(m.running_var, 0.9 * 1 + 0.1 * torch.tensor([2.0 + 8.0, 8.0 + 0.0]) / 2)
#> tensor([1.4000, 1.3000]) tensor([1.4000, 1.3000])
# In eval mode the tracked statistics replace the input's own.
m.eval()
print(m(x)[0], (x[0] - m.running_mean[:, None]) / torch.sqrt(m.running_var[:, None] + 1e-5))
#> tensor([[ 0.4648,  2.1551],
#>         [-0.1754,  3.3328]]) tensor([[ 0.4648,  2.1551],
#>         [-0.1754,  3.3328]])

# momentum=None is not BatchNorm's cumulative average here: it is treated as 0, nothing is ever updated.
frozen = nn.InstanceNorm1d(2, track_running_stats=True, momentum=None)
for _ in range(3):
    frozen(x)
print(frozen.running_mean, frozen.running_var, frozen.num_batches_tracked)
#> tensor([0., 0.]) tensor([1., 1.]) tensor(0)
