import torch
import torch.nn.functional as F

# Two samples with three binary scores each.
x = torch.tensor([[0.8, -1.2, 0.3],
                  [2.0, 0.1, -0.5]])
y = torch.tensor([[1.0, -1.0, -1.0],
                  [1.0, 1.0, -1.0]])

per_element = F.soft_margin_loss(x, y, reduction="none")
print(per_element)
#> tensor([[0.3711, 0.2633, 0.8544],
#>         [0.1269, 0.6444, 0.4741]])
print(F.soft_margin_loss(x, y, reduction="sum"))
#> tensor(2.7341)
# 'mean' averages over ALL N * C = 6 elements, not over the N = 2 samples.
print(F.soft_margin_loss(x, y), per_element.sum() / 6)
#> tensor(0.4557) tensor(0.4557)
print(per_element.sum(dim=1).mean())
#> tensor(1.3671)
