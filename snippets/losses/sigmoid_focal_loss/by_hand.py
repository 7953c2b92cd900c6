import math

import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
    # torchvision.ops.sigmoid_focal_loss, written out from its published definition
    p = torch.sigmoid(inputs)
    ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce_loss * ((1 - p_t) ** gamma)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


logits = torch.tensor([2.0, -1.0, 0.5, -3.0])
targets = torch.tensor([1.0, 1.0, 0.0, 0.0])
alpha, gamma = 0.25, 2.0

# The same terms with plain Python floats.
by_hand = []
for x, t in zip(logits.tolist(), targets.tolist()):
    p = 1 / (1 + math.exp(-x))
    p_t = p if t == 1 else 1 - p
    ce = -math.log(p_t)
    alpha_t = alpha if t == 1 else 1 - alpha
    by_hand.append(alpha_t * (1 - p_t) ** gamma * ce)
print([f"{v:.4e}" for v in by_hand])
#> ['4.5089e-04', '1.7547e-01', '2.8306e-01', '8.1962e-05']
print(sigmoid_focal_loss(logits, targets, alpha=alpha, gamma=gamma))
#> tensor([4.5089e-04, 1.7547e-01, 2.8306e-01, 8.1962e-05])
