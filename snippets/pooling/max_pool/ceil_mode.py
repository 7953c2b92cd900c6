import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 6.0, 2.0, 0.0, 3.0]]])
print(F.max_pool1d(x, 2))  # windows [1, 6], [2, 0]; the 3 at the end is in no window
#> tensor([[[6., 2.]]])
print(F.max_pool1d(x, 2, ceil_mode=True))  # a third window [3] hangs over the end
#> tensor([[[6., 2., 3.]]])
# With padding 1 the windows start at -1, 1, 3; a fourth would start at 5, in the right padding,
# so ceil_mode adds nothing here.
print(F.max_pool1d(x, 2, padding=1), F.max_pool1d(x, 2, padding=1, ceil_mode=True))
#> tensor([[[1., 6., 3.]]]) tensor([[[1., 6., 3.]]])
