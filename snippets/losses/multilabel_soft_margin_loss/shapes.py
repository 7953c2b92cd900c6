import torch
import torch.nn.functional as F

# Unbatched: input (C,), target (C,), the result is a scalar.
x = torch.tensor([1.5, -0.5, 2.0, -1.0])
y = torch.tensor([1.0, 0.0, 1.0, 0.0])
print(F.multilabel_soft_margin_loss(x, y), F.multilabel_soft_margin_loss(x, y, reduction="none"))
#> tensor(0.2789) tensor(0.2789)

# Integer 0/1 targets are accepted (BCEWithLogitsLoss would reject them).
print(F.multilabel_soft_margin_loss(x, torch.tensor([1, 0, 1, 0])))
#> tensor(0.2789)
