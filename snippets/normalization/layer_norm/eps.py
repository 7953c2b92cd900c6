import torch
import torch.nn.functional as F

# A constant row has x - mean = 0 everywhere: the output is 0, not nan.
print(F.layer_norm(torch.tensor([[3.0, 3.0, 3.0]]), [3]))
#> tensor([[0., 0., 0.]])

# eps is added to the variance inside the square root. When the variance of a row
# is not much larger than eps, the output is pulled towards 0.
x = torch.tensor([[0.0, 0.002]])  # variance 1e-6 = eps / 10
print(F.layer_norm(x, [2]))
#> tensor([[-0.3015,  0.3015]])
print(F.layer_norm(x, [2], eps=1e-12))
#> tensor([[-1.0000,  1.0000]])
# eps=0 on a constant row divides 0 by 0.
print(F.layer_norm(torch.tensor([[3.0, 3.0]]), [2], eps=0.0))
#> tensor([[nan, nan]])
