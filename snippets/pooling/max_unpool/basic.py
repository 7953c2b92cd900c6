import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                    [5.0, 3.0, 7.0, 4.0],
                    [0.0, 2.0, 4.0, 1.0],
                    [9.0, 1.0, 3.0, 8.0]]]])
pooled, indices = F.max_pool2d(x, 2, return_indices=True)
print(pooled, indices, sep="\n")
#> tensor([[[[6., 7.],
#>           [9., 8.]]]])
#> tensor([[[[ 1,  6],
#>           [12, 15]]]])
print(F.max_unpool2d(pooled, indices, 2))  # each value goes back to its index; the rest is 0
#> tensor([[[[0., 6., 0., 0.],
#>           [0., 0., 7., 0.],
#>           [0., 0., 0., 0.],
#>           [9., 0., 0., 8.]]]])
