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


# 3 anchors x 3 classes: two positive anchors and one background anchor.
logits = torch.tensor([[2.0, -1.0, -3.0],
                       [-0.5, 0.3, -4.0],
                       [-2.0, -2.5, 0.5]])
targets = torch.tensor([[1.0, 0.0, 0.0],
                        [0.0, 0.0, 0.0],
                        [0.0, 0.0, 1.0]])

# The default is 'none': one loss per element.
print(sigmoid_focal_loss(logits, targets).shape)
#> torch.Size([3, 3])
total = sigmoid_focal_loss(logits, targets, reduction="sum")
print(total)
#> tensor(0.2982)
# 'mean' divides by the number of elements (9 here), positives and negatives alike.
print(sigmoid_focal_loss(logits, targets, reduction="mean"), total / targets.numel())
#> tensor(0.0331) tensor(0.0331)

# RetinaNet-style normalization: the sum divided by the number of positive anchors instead.
print(total / max(1, int(targets.sum())))
#> tensor(0.1491)
