import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
y = torch.tensor([[3, 0, -1, 1]])
print(nn.MultiLabelMarginLoss(reduction="sum")(x, y), F.multilabel_margin_loss(x, y, reduction="sum"))
#> tensor(0.8500) tensor(0.8500)
