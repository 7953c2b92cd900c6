import torch
import torch.nn.functional as F

logits = torch.tensor([1.2, -0.4, 0.3, -2.0, 0.8])
y = torch.tensor([1.0, 0.0, 0.0, 0.0, 1.0])  # 2 positives, 3 negatives

# pos_weight multiplies only the positive terms: the same as weighting the positive samples.
with_pos_weight = F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor([3.0]))
per_sample = F.binary_cross_entropy_with_logits(logits, y, weight=torch.where(y == 1, 3.0, 1.0))
print(with_pos_weight, per_sample)
#> tensor(0.6795) tensor(0.6795)

# A weight shared by every element scales the loss and its gradient, like a larger learning rate.
plain = F.binary_cross_entropy_with_logits(logits, y)
print(torch.allclose(F.binary_cross_entropy_with_logits(logits, y, weight=torch.tensor([3.0])), 3 * plain))
#> True

# Multi-label (N, C): weight of shape (C,) scales a whole column, positives and negatives alike;
# pos_weight of shape (C,) shifts the balance inside each column.
logits2 = torch.tensor([[1.2, -0.4], [0.3, -2.0], [0.8, 0.5]])
y2 = torch.tensor([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0]])
none = F.binary_cross_entropy_with_logits(logits2, y2, reduction="none")
w = torch.tensor([1.0, 4.0])
print(torch.allclose(F.binary_cross_entropy_with_logits(logits2, y2, weight=w, reduction="none"), none * w))
#> True
print(torch.allclose(F.binary_cross_entropy_with_logits(logits2, y2, pos_weight=w, reduction="none"),
                     none * torch.where(y2 == 1, w, 1.0)))
#> True
