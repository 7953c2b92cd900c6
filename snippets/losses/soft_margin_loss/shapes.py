import torch
import torch.nn.functional as F

# The output always has the input's shape; the target only has to broadcast to it.
x = torch.tensor([[0.8, -1.2, 0.3],
                  [2.0, 0.1, -0.5]])
print(F.soft_margin_loss(x, torch.tensor([1.0, -1.0, -1.0]), reduction="none"))
#> tensor([[0.3711, 0.2633, 0.8544],
#>         [0.1269, 0.7444, 0.4741]])

# Unbatched / 0-dim input works the same way.
print(F.soft_margin_loss(torch.tensor(0.8), torch.tensor(1.0)))
#> tensor(0.3711)
