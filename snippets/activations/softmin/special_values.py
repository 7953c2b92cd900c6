import torch
import torch.nn.functional as F

inf, nan = float("inf"), float("nan")
# Large values are handled like in softmax (the minimum is subtracted first).
print(F.softmin(torch.tensor([1000.0, 1001.0, 1002.0]), dim=0))
#> tensor([0.6652, 0.2447, 0.0900])
# +inf gets weight 0; a row of +inf only, or any -inf or nan, gives nan.
x = torch.tensor([[0.0, 1.0, inf],
                  [inf, inf, inf],
                  [0.0, -inf, 1.0],
                  [nan, 0.0, 1.0]])
print(F.softmin(x, dim=1))
#> tensor([[0.7311, 0.2689, 0.0000],
#>         [   nan,    nan,    nan],
#>         [   nan,    nan,    nan],
#>         [   nan,    nan,    nan]])
# 0-d and empty inputs
print(F.softmin(torch.tensor(-2.0), dim=-1), F.softmin(torch.empty(0, 3), dim=1).shape)
#> tensor(1.) torch.Size([0, 3])
