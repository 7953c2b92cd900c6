import torch
import torch.nn.functional as F

logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 1.0, 0.0]])
pos_weight = torch.tensor([2.0, 3.0, 4.0])  # one value per label (column)

weighted = F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight, reduction="none")
plain = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
# The ratio is pos_weight[c] where the target is 1 and exactly 1 where it is 0.
print(weighted / plain)
#> tensor([[2., 1., 4.],
#>         [1., 3., 1.]])

# Only the positive term is multiplied: -[p_c * y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x))].
# (logsigmoid(-x) is log(1 - sigmoid(x)) computed stably.)
print(weighted)
#> tensor([[0.2102, 0.2204, 2.0521],
#>         [0.3711, 1.0235, 0.6931]])
print(-(pos_weight * target * F.logsigmoid(logits) + (1 - target) * F.logsigmoid(-logits)))
#> tensor([[0.2102, 0.2204, 2.0521],
#>         [0.3711, 1.0235, 0.6931]])

# Passed positionally, the tensor lands in `weight` and scales the negative terms too.
print(torch.nn.BCEWithLogitsLoss(pos_weight)(logits, target),
      torch.nn.BCEWithLogitsLoss(weight=pos_weight)(logits, target),
      torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, target))
#> tensor(1.2436) tensor(1.2436) tensor(0.7617)
