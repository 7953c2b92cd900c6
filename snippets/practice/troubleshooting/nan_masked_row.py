import torch

scores = torch.tensor([[0.5, 1.0, -0.5],
                       [0.2, 0.1, 0.3]])
mask = torch.tensor([[False, False, True],
                     [True, True, True]])  # the second row has nothing left to attend to

# A fully masked row is softmax over only -inf: 0 / 0 = nan.
print(scores.masked_fill(mask, float("-inf")).softmax(dim=1))
#> tensor([[0.3775, 0.6225, 0.0000],
#>         [   nan,    nan,    nan]])

# Fix: mask with the most negative finite value; the masked row becomes uniform, not nan.
weights = scores.masked_fill(mask, torch.finfo(scores.dtype).min).softmax(dim=1)
print(weights)
#> tensor([[0.3775, 0.6225, 0.0000],
#>         [0.3333, 0.3333, 0.3333]])
# If the row must contribute nothing, zero it afterwards.
print(weights * ~mask.all(dim=1, keepdim=True))
#> tensor([[0.3775, 0.6225, 0.0000],
#>         [0.0000, 0.0000, 0.0000]])
