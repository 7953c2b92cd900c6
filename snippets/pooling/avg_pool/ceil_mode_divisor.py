import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]])
# kernel 3, stride 2, padding 1, ceil_mode: windows start at -1, 1, 3 and 5; the last one covers
# position 5 (the 6), position 6 (the right padding) and position 7 (past the padding)
print(F.avg_pool1d(x, 3, 2, 1, ceil_mode=True))  # last window: (6 + 0) / 2
#> tensor([[[1., 3., 5., 3.]]])
print(F.avg_pool1d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False))  # last window: 6 / 1
#> tensor([[[1.5000, 3.0000, 5.0000, 6.0000]]])
# Without padding the overhang never counts either: the last window [5] is divided by 1, not 2.
print(F.avg_pool1d(x[..., :5], 2, ceil_mode=True))
#> tensor([[[1.5000, 3.5000, 5.0000]]])
