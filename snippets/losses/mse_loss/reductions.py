import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, 1.0, -1.0],
                  [2.0, 0.0, 3.0]])
y = torch.tensor([[0.0, 1.0, 1.0],
                  [1.0, 0.0, 0.0]])

print(F.mse_loss(x, y, reduction="none"))
#> tensor([[0.2500, 0.0000, 4.0000],
#>         [1.0000, 0.0000, 9.0000]])
total = F.mse_loss(x, y, reduction="sum")
print(total)
#> tensor(14.2500)
# 'mean' divides by all 6 elements, not by the batch size 2.
print(F.mse_loss(x, y), total / x.numel(), total / x.shape[0])
#> tensor(2.3750) tensor(2.3750) tensor(7.1250)
# It is the squared Euclidean distance divided by the element count.
print(torch.linalg.vector_norm(x - y) ** 2 / x.numel())
#> tensor(2.3750)
