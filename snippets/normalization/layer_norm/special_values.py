import torch
import torch.nn.functional as F

# A nan or an infinity spoils its own row only: the mean of that row is nan or inf.
x = torch.tensor([[1.0, 2.0, 3.0],
                  [1.0, float("nan"), 3.0],
                  [1.0, float("inf"), 3.0]])
print(F.layer_norm(x, [3]))
#> tensor([[-1.2247,  0.0000,  1.2247],
#>         [    nan,     nan,     nan],
#>         [    nan,     nan,     nan]])
# Empty batches are fine, and so is an empty normalized dimension.
print(F.layer_norm(torch.empty(0, 3), [3]).shape, F.layer_norm(torch.empty(2, 0), [0]).shape)
#> torch.Size([0, 3]) torch.Size([2, 0])
