import torch
import torch.nn.functional as F

# Unbatched: input (C) and a 0-dim target; the result is 0-dim even with reduction='none'.
x = torch.tensor([0.1, 0.2, 0.4, 0.8])
print(F.multi_margin_loss(x, torch.tensor(3), reduction="none"))
#> tensor(0.3250)
# A one-element target is accepted as well.
print(F.multi_margin_loss(x, torch.tensor([3])))
#> tensor(0.3250)
