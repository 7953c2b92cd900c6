import torch
import torch.nn.functional as F

# One label, 1 positive and 3 negatives. pos_weight = negatives / positives = 3.
logits = torch.tensor([0.5, -0.2, 1.0, 0.3])
target = torch.tensor([1.0, 0.0, 0.0, 0.0])
weighted = F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor([3.0]), reduction="sum")

# Same as the unweighted loss with the positive sample repeated 3 times.
repeated_logits = torch.tensor([0.5, 0.5, 0.5, -0.2, 1.0, 0.3])
repeated_target = torch.tensor([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
print(weighted, F.binary_cross_entropy_with_logits(repeated_logits, repeated_target, reduction="sum"))
#> tensor(4.1880) tensor(4.1880)
# But 'mean' still divides by the 4 real elements, not by 6.
print(F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor([3.0])), weighted / 4)
#> tensor(1.0470) tensor(1.0470)
