import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                    [5.0, 3.0, 7.0, 4.0],
                    [0.0, 2.0, 4.0, 1.0],
                    [9.0, 1.0, 3.0, 8.0]]]])
values, indices = nn.MaxPool2d(2, return_indices=True)(x)
print(indices)  # flat positions in the 4 x 4 plane: row * 4 + column
#> tensor([[[[ 1,  6],
#>           [12, 15]]]])
rows, cols = indices // x.shape[-1], indices % x.shape[-1]
print(rows.flatten().tolist(), cols.flatten().tolist())
#> [0, 1, 3, 3] [1, 2, 0, 3]
print(torch.equal(x.flatten(2).gather(2, indices.flatten(2)).view_as(values), values))
#> True
