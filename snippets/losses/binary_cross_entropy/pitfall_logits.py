import torch
import torch.nn.functional as F

logits = torch.tensor([0.8, 0.1, 0.4])  # raw scores that happen to lie in [0, 1]
target = torch.tensor([1.0, 0.0, 1.0])

# No error, but the scores are read as probabilities: a different loss.
print(F.binary_cross_entropy(logits, target))
#> tensor(0.4149)
# Correct: sigmoid first, or BCEWithLogitsLoss on the raw scores.
print(F.binary_cross_entropy(torch.sigmoid(logits), target))
#> tensor(0.5428)
print(F.binary_cross_entropy_with_logits(logits, target))
#> tensor(0.5428)
