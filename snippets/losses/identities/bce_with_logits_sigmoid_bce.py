import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.4, -0.6, 0.0],
                       [-2.1, 0.9, 3.0]], requires_grad=True)
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 1.0, 0.3]])  # soft targets are allowed on both sides
weight = torch.tensor([1.0, 2.0, 0.5])

# BCEWithLogitsLoss(x, y) = BCELoss(sigmoid(x), y), for every weight and reduction.
fused = nn.BCEWithLogitsLoss(weight=weight, reduction="none")(logits, target)
split = nn.BCELoss(weight=weight, reduction="none")(nn.Sigmoid()(logits), target)
print(fused.detach())
#> tensor([[0.2204, 0.8750, 0.3466],
#>         [0.1155, 0.6823, 1.0743]])
print(torch.allclose(fused, split))
#> True

# Same gradient too: weight * (sigmoid(x) - y).
grad_fused, = torch.autograd.grad(fused.sum(), logits)
grad_split, = torch.autograd.grad(split.sum(), logits)
print(torch.allclose(grad_fused, grad_split), torch.allclose(grad_fused, weight * (torch.sigmoid(logits) - target)))
#> True True

# pos_weight has no BCELoss parameter; with 0/1 targets it is a per-element weight 1 + (pos_weight - 1) * y.
hard = torch.tensor([[1.0, 0.0, 1.0],
                     [0.0, 1.0, 1.0]])
pos_weight = torch.tensor([3.0, 1.0, 0.5])
with_pos = F.binary_cross_entropy_with_logits(logits, hard, pos_weight=pos_weight)
as_weight = F.binary_cross_entropy(torch.sigmoid(logits), hard, weight=1 + (pos_weight - 1) * hard)
print(with_pos.detach(), as_weight.detach())
#> tensor(0.3210) tensor(0.3210)
# With soft targets it is not: pos_weight scales only the y * log(sigmoid(x)) term.
with_pos = F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight)
as_weight = F.binary_cross_entropy(torch.sigmoid(logits), target, weight=1 + (pos_weight - 1) * target)
print(torch.allclose(with_pos, as_weight))
#> False
