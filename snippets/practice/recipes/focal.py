import torch
import torch.nn.functional as F


def focal_loss(logits, targets, alpha=0.25, gamma=2.0):  # torchvision.ops.sigmoid_focal_loss, reduction='none'
    p = torch.sigmoid(logits)
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)            # probability given to the true label
    alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
    return alpha_t * (1 - p_t) ** gamma * ce


# One misclassified positive and 99 easy negatives, as in dense detection.
logits = torch.cat([torch.tensor([-1.0]), torch.full((99,), -4.0)])
targets = torch.cat([torch.tensor([1.0]), torch.zeros(99)])

bce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
focal = focal_loss(logits, targets)
print(f"BCE:   positive {bce[0]:.4f}  99 negatives {bce[1:].sum():.4f}  share of negatives {bce[1:].sum() / bce.sum():.1%}")
#> BCE:   positive 1.3133  99 negatives 1.7968  share of negatives 57.8%
print(f"focal: positive {focal[0]:.4f}  99 negatives {focal[1:].sum():.2e}  share of negatives {focal[1:].sum() / focal.sum():.2%}")
#> focal: positive 0.1755  99 negatives 4.36e-04  share of negatives 0.25%
