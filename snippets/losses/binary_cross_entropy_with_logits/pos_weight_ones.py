import math

import torch
import torch.nn as nn

# An example: 64 labels, a batch of 10, every target 1, every logit 0.999.
target = torch.ones([10, 64], dtype=torch.float32)
output = torch.full([10, 64], 0.999)
pos_weight = torch.ones([64])  # all ones: the same as no pos_weight at all
criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
print(criterion(output, target))
#> tensor(0.3135)
# Every element is -log(sigmoid(0.999)) = log(1 + exp(-0.999)).
print(round(math.log1p(math.exp(-0.999)), 4))
#> 0.3135
print(nn.BCEWithLogitsLoss()(output, target))
#> tensor(0.3135)

# A pos_weight of 3 triples it, because every target here is positive.
print(nn.BCEWithLogitsLoss(pos_weight=torch.full([64], 3.0))(output, target))
#> tensor(0.9406)
