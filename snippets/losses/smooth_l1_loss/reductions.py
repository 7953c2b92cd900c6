import torch
import torch.nn.functional as F

# A batch of 2 boxes, 4 regression targets each.
pred = torch.tensor([[0.2, 0.4, 1.0, 3.0],
                     [0.0, -0.5, 2.0, 0.1]])
gt = torch.tensor([[0.0, 0.0, 1.0, 1.0],
                   [0.0, 0.0, 0.0, 0.0]])

print(F.smooth_l1_loss(pred, gt, reduction="none"))
#> tensor([[0.0200, 0.0800, 0.0000, 1.5000],
#>         [0.0000, 0.1250, 1.5000, 0.0050]])
total = F.smooth_l1_loss(pred, gt, reduction="sum")
print(total, F.smooth_l1_loss(pred, gt))
#> tensor(3.2300) tensor(0.4038)
print(total / pred.numel())  # 'mean' divides by all 8 elements
#> tensor(0.4038)
# Unbatched and 0-dim inputs work the same way.
print(F.smooth_l1_loss(torch.tensor(3.0), torch.tensor(0.0)))
#> tensor(2.5000)
