import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0, 3.0],
                    [5.0, 3.0, 7.0, 4.0, 1.0],
                    [0.0, 2.0, 4.0, 1.0, 8.0]]]])
values, indices = nn.AdaptiveMaxPool2d((2, 2), return_indices=True)(x)
print(values, indices, sep="\n")  # rows [0, 2) and [1, 3), columns [0, 3) and [2, 5); index = row * 5 + column
#> tensor([[[[7., 7.],
#>           [7., 8.]]]])
#> tensor([[[[ 7,  7],
#>           [ 7, 14]]]])
