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


targets = torch.tensor([1.0, 0.0, 1.0, 0.0])

# Confident, correct logits: the loss is almost 0.
logits = torch.tensor([6.0, -6.0, 4.0, -4.0])
print(sigmoid_focal_loss(logits, targets))
#> tensor([3.7839e-09, 1.1352e-08, 1.4679e-06, 4.4037e-06])

# Probabilities passed as if they were logits: sigmoid is applied a second time.
# Even perfect probabilities (1 and 0) then look like p = 0.73 and p = 0.5.
probs = targets.clone()
print(sigmoid_focal_loss(probs, targets))
#> tensor([0.0057, 0.1300, 0.0057, 0.1300])
print(torch.sigmoid(probs))
#> tensor([0.7311, 0.5000, 0.7311, 0.5000])
