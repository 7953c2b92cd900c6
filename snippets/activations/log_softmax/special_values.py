import torch
import torch.nn.functional as F

inf, nan = float("inf"), float("nan")
# -inf stays -inf (probability 0); a row of -inf only, or any +inf or nan, gives nan.
x = torch.tensor([[0.0, 1.0, -inf],
                  [-inf, -inf, -inf],
                  [0.0, inf, 1.0],
                  [nan, 0.0, 1.0]])
print(F.log_softmax(x, dim=1))
#> tensor([[-1.3133, -0.3133,    -inf],
#>         [    nan,     nan,     nan],
#>         [    nan,     nan,     nan],
#>         [    nan,     nan,     nan]])
# 0-d input: log(1) = 0. Empty input: empty output.
print(F.log_softmax(torch.tensor(7.0), dim=0), F.log_softmax(torch.empty(3, 0), dim=-1).shape)
#> tensor(0.) torch.Size([3, 0])
