import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([3, 0])
# The same targets in multilabel_margin_loss format: one class, then -1.
y_list = torch.tensor([[3, -1, -1, -1],
                       [0, -1, -1, -1]])

# With the defaults (p=1, margin=1, no weight) the two losses coincide ...
print(F.multi_margin_loss(x, y, reduction="none"), F.multilabel_margin_loss(x, y_list, reduction="none"))
#> tensor([0.3250, 0.2250]) tensor([0.3250, 0.2250])
# ... but only multi_margin_loss has p, margin and weight.
print(F.multi_margin_loss(x, y, p=2, margin=0.5, reduction="none"))
#> tensor([0.0025, 0.0000])
