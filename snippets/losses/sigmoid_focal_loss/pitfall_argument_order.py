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

# The positional order is (inputs, targets, alpha, gamma).
print(sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0))
#> tensor([4.5089e-04, 1.7547e-01, 2.8306e-01, 8.1962e-05])
# Meant as gamma=2, alpha=0.25, but read as alpha=2, gamma=0.25: negatives get weight 1 - 2 = -1.
swapped = sigmoid_focal_loss(logits, targets, 2.0, 0.25)
print(swapped)
#> tensor([ 0.1492,  2.4287, -0.8652, -0.0227])
print(swapped.sum())
#> tensor(1.6900)
