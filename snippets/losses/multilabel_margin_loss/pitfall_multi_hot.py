import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
multi_hot = torch.tensor([[1, 0, 0, 1]])  # meant: classes 0 and 3
indices = torch.tensor([[0, 3, -1, -1]])

# No error: the 0/1 row is read as the index list 1, 0, 0, 1,
# i.e. targets {0, 1}, each listed twice, so each hinge term counts twice.
print(F.multilabel_margin_loss(x, multi_hot))
#> tensor(2.9000)
print(2 * F.multilabel_margin_loss(x, torch.tensor([[1, 0, -1, -1]])))
#> tensor(2.9000)
print(F.multilabel_margin_loss(x, indices))
#> tensor(0.8500)
