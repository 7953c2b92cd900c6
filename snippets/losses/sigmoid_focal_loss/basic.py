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


# 2 anchors x 3 classes. Anchor 0 belongs to class 0; anchor 1 is background (all-zero row).
logits = torch.tensor([[2.0, -1.0, -3.0],
                       [-0.5, 0.3, -4.0]])
targets = torch.tensor([[1.0, 0.0, 0.0],
                        [0.0, 0.0, 0.0]])

print(sigmoid_focal_loss(logits, targets))
#> tensor([[4.5089e-04, 1.6994e-02, 8.1962e-05],
#>         [5.0680e-02, 2.1144e-01, 4.4037e-06]])
print(sigmoid_focal_loss(logits, targets, reduction="mean"))
#> tensor(0.0466)

# Plain binary cross entropy on the same elements, for comparison.
print(F.binary_cross_entropy_with_logits(logits, targets, reduction="none"))
#> tensor([[0.1269, 0.3133, 0.0486],
#>         [0.4741, 0.8544, 0.0181]])
