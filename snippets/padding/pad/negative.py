import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
print(F.pad(x, (-1, -2)))  # negative amounts crop: one element on the left, two on the right
#> tensor([[[2., 3.]]])
print(F.pad(x, (-2, 1), value=9.0))  # crop on one side, pad on the other
#> tensor([[[3., 4., 5., 9.]]])
# reflect and replicate pad the whole input, then crop; circular crops first, then wraps what is left
print(F.pad(x, (-2, 2), mode="reflect"), F.pad(x, (-2, 2), mode="circular"))
#> tensor([[[3., 4., 5., 4., 3.]]]) tensor([[[3., 4., 5., 3., 4.]]])
