import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
# Each row lists its target classes first, then -1; anything after the first -1 is ignored.
y = torch.tensor([[3, 0, -1, 1],
                  [0, -1, 2, 2]])

print(F.multilabel_margin_loss(x, y, reduction="none"))
#> tensor([0.8500, 0.2250])
print(F.multilabel_margin_loss(x, y, reduction="sum"))
#> tensor(1.0750)
print(F.multilabel_margin_loss(x, y))
#> tensor(0.5375)

# Order inside the list does not matter; a row with no targets costs 0.
print(F.multilabel_margin_loss(x[:1], torch.tensor([[0, 3, -1, -1]])))
#> tensor(0.8500)
print(F.multilabel_margin_loss(x[:1], torch.tensor([[-1, 3, 0, 1]])))
#> tensor(0.)
