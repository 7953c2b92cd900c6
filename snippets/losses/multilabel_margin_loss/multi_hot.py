import torch
import torch.nn.functional as F

# Converting a 0/1 (multi-hot) label matrix into the index format this loss expects.
multi_hot = torch.tensor([[1, 0, 0, 1],
                          [1, 0, 1, 0]])
classes = torch.arange(multi_hot.shape[1]).expand_as(multi_hot)
order = multi_hot.argsort(dim=1, descending=True, stable=True)
target = torch.where(multi_hot.gather(1, order).bool(), classes.gather(1, order), -1)
print(target)
#> tensor([[ 0,  3, -1, -1],
#>         [ 0,  2, -1, -1]])

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
print(F.multilabel_margin_loss(x, target, reduction="none"))
#> tensor([0.8500, 0.5500])
