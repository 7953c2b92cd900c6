import torch
import torch.nn.functional as F

target = torch.tensor([1.0, 0.0, 1.0])
probs = torch.tensor([0.99, 0.01, 0.95])  # already sigmoid-ed

# Probabilities passed as logits are squashed a second time: no error, but a different loss.
print(F.binary_cross_entropy_with_logits(probs, target))
#> tensor(0.4470)
print(F.binary_cross_entropy(probs, target))
#> tensor(0.0238)
# Inputs of at most 1 cap sigmoid at sigmoid(1): a positive can never cost less than this.
print(F.binary_cross_entropy_with_logits(torch.tensor([1.0]), torch.tensor([1.0])))
#> tensor(0.3133)

# Targets are not checked: a target of 2 is accepted silently (BCELoss raises instead).
print(F.binary_cross_entropy_with_logits(torch.tensor([0.3]), torch.tensor([2.0])))
#> tensor(0.2544)
