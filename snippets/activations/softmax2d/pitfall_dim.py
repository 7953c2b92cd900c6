import torch
import torch.nn as nn

image = torch.linspace(-2, 2, 12).reshape(3, 2, 2)  # unbatched (C=3, H=2, W=2)
# Softmax(dim=1), written for (N, C, H, W) batches, normalizes over H when the batch dim is missing:
wrong = nn.Softmax(dim=1)(image)
print(wrong.sum(dim=0))  # summed over the channels: not 1
#> tensor([[0.9774, 0.9774],
#>         [2.0226, 2.0226]])
print(wrong.sum(dim=1))  # summed over H: 1, the wrong dim was normalized
#> tensor([[1., 1.],
#>         [1., 1.],
#>         [1., 1.]])
# Softmax2d (dim=-3) finds the channels in both layouts.
print(nn.Softmax2d()(image).sum(dim=0))
#> tensor([[1.0000, 1.0000],
#>         [1.0000, 1.0000]])
