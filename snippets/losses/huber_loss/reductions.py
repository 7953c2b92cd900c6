import torch
import torch.nn.functional as F

pred = torch.tensor([[0.2, 0.4, 1.0, 3.0],
                     [0.0, -0.5, 2.0, 0.1]])
target = torch.tensor([[0.0, 0.0, 1.0, 1.0],
                       [0.0, 0.0, 0.0, 0.0]])

print(F.huber_loss(pred, target, reduction="none"))
#> tensor([[0.0200, 0.0800, 0.0000, 1.5000],
#>         [0.0000, 0.1250, 1.5000, 0.0050]])
total = F.huber_loss(pred, target, reduction="sum")
print(total, F.huber_loss(pred, target), total / pred.numel())  # 'mean' over all 8 elements
#> tensor(3.2300) tensor(0.4038) tensor(0.4038)
# The target is cast to the input's dtype (mse_loss would promote to float64).
print(F.huber_loss(torch.tensor([1.0]), torch.tensor([0.0], dtype=torch.float64)).dtype)
#> torch.float32

# Unbatched and 0-dim inputs work the same way.
print(F.huber_loss(torch.tensor(3.0), torch.tensor(0.0), delta=2.0))
#> tensor(4.)
