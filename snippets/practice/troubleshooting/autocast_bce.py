# snippet-devices: cpu  (CUDA autocast refuses BCELoss; the page says so)
import torch
import torch.nn.functional as F

features = torch.tensor([[0.5, -1.0], [2.0, 0.25]])
weight = torch.tensor([[1.0, 0.5], [-0.5, 1.0]])
target = torch.tensor([[1.0, 0.0], [0.0, 1.0]])

# CPU autocast accepts sigmoid + BCELoss: the probabilities are bfloat16, the loss float32.
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = features @ weight
    probs = torch.sigmoid(logits)
    bce = F.binary_cross_entropy(probs, target)
    bce_logits = F.binary_cross_entropy_with_logits(logits, target)
print(probs.dtype, bce.dtype, bce)
#> torch.bfloat16 torch.float32 tensor(0.7427)

# The loss on logits is the one that works under CUDA autocast too; it also skips the
# rounding of the probabilities to bfloat16, hence the small difference.
print(bce_logits.dtype, bce_logits)
#> torch.float32 tensor(0.7424)
