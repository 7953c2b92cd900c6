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


# p = 0.5 everywhere, one positive and one negative element.
logits = torch.tensor([0.0, 0.0])
targets = torch.tensor([1.0, 0.0])
unweighted = sigmoid_focal_loss(logits, targets, alpha=-1)

# alpha multiplies positives by alpha and negatives by 1 - alpha.
for alpha in [0.25, 0.5, 0.75]:
    print(alpha, sigmoid_focal_loss(logits, targets, alpha=alpha) / unweighted)
    #> 0.25 tensor([0.2500, 0.7500])
    #> 0.5 tensor([0.5000, 0.5000])
    #> 0.75 tensor([0.7500, 0.2500])
