import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([3, 0])
plain = F.multi_margin_loss(x, y, reduction="none")
print(plain)
#> tensor([0.3250, 0.2250])

# weight[c] multiplies the whole loss of the samples whose TARGET is c ...
w = torch.tensor([1.0, 1.0, 1.0, 2.0])
print(F.multi_margin_loss(x, y, weight=w, reduction="none"))
#> tensor([0.6500, 0.2250])
# ... so a weight on a class that is never the target changes nothing:
print(F.multi_margin_loss(x, y, weight=torch.tensor([1.0, 5.0, 5.0, 1.0]), reduction="none"))
#> tensor([0.3250, 0.2250])

# With p=2 the weight is applied after squaring: w[y] * max(0, z)^2, i.e. x2, not x4.
print(F.multi_margin_loss(x, y, p=2, reduction="none"), F.multi_margin_loss(x, y, p=2, weight=w, reduction="none"))
#> tensor([0.1525, 0.0725]) tensor([0.3050, 0.0725])

# 'mean' divides by N, not by the sum of the target weights (unlike cross_entropy).
weighted = F.multi_margin_loss(x, y, weight=w, reduction="none")
print(F.multi_margin_loss(x, y, weight=w), weighted.sum() / 2, weighted.sum() / w[y].sum())
#> tensor(0.4375) tensor(0.4375) tensor(0.2917)
