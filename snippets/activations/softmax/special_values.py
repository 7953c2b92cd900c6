import torch
import torch.nn.functional as F

inf, nan = float("inf"), float("nan")
# +inf or nan anywhere in a slice makes the whole slice nan; other slices are unaffected.
print(F.softmax(torch.tensor([[0.0, inf], [1.0, nan], [1.0, 2.0]]), dim=1))
#> tensor([[   nan,    nan],
#>         [   nan,    nan],
#>         [0.2689, 0.7311]])
# 0-d input: dim 0 or -1, result 1. Empty input: empty output.
print(F.softmax(torch.tensor(5.0), dim=0), F.softmax(torch.empty(2, 0), dim=1).shape)
#> tensor(1.) torch.Size([2, 0])
