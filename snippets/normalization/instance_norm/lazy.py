import torch
import torch.nn as nn

lazy = nn.LazyInstanceNorm1d()
lazy(torch.tensor([[[1.0, 3.0], [0.0, 4.0], [2.0, 2.0]]]))  # (N=1, C=3, L=2): num_features becomes 3
print(lazy)
#> InstanceNorm1d(3, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
# Unlike InstanceNorm1d, the lazy class defaults to affine=True and track_running_stats=True,
# so in eval mode it normalizes with running statistics, not with the input's own.
print(nn.InstanceNorm1d(3))
#> InstanceNorm1d(3, eps=1e-05, momentum=0.1, affine=False, bias=False, track_running_stats=False)
x = torch.tensor([[[1.0, 3.0], [0.0, 4.0], [2.0, 2.0]]])
print(lazy.eval()(x)[0, 0], nn.InstanceNorm1d(3).eval()(x)[0, 0])
#> tensor([0.7628, 2.6697], grad_fn=<SelectBackward0>) tensor([-1.0000,  1.0000])
