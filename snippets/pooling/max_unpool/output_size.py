import torch
import torch.nn as nn

x = (24 - torch.arange(25.0)).reshape(1, 1, 5, 5)  # each maximum sits at its window's top left
pooled, indices = nn.MaxPool2d(2, return_indices=True)(x)
print(indices)  # positions in the 5-wide plane: (0, 0), (0, 2), (2, 0), (2, 2)
#> tensor([[[[ 0,  2],
#>           [10, 12]]]])
unpool = nn.MaxUnpool2d(2)
print(unpool(pooled, indices))  # (2 - 1) * 2 + 2 = 4 wide: 10 and 12 are read as (2, 2) and (3, 0)
#> tensor([[[[24.,  0., 22.,  0.],
#>           [ 0.,  0.,  0.,  0.],
#>           [ 0.,  0., 14.,  0.],
#>           [12.,  0.,  0.,  0.]]]])
print(unpool(pooled, indices, output_size=x.shape))  # the size before pooling: every value in place
#> tensor([[[[24.,  0., 22.,  0.,  0.],
#>           [ 0.,  0.,  0.,  0.,  0.],
#>           [14.,  0., 12.,  0.,  0.],
#>           [ 0.,  0.,  0.,  0.,  0.],
#>           [ 0.,  0.,  0.,  0.,  0.]]]])
try:
    unpool(pooled, indices, output_size=(6, 6))  # must lie strictly between 4 - 2 and 4 + 2
except ValueError as error:
    print(error)
    #> invalid output_size "(6, 6)" (dim 0 must be between 2 and 6)
