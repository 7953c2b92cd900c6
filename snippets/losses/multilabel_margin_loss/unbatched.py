import torch
import torch.nn.functional as F

# Unbatched form: input (C,) and target (C,).
x = torch.tensor([0.1, 0.2, 0.4, 0.8])
y = torch.tensor([3, 0, -1, 1])
print(F.multilabel_margin_loss(x, y))
#> tensor(0.8500)
print(F.multilabel_margin_loss(x, y, reduction="none").shape)
#> torch.Size([])
