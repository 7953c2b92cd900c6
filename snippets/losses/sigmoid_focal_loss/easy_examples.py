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


# Positive examples whose predicted probability of the true class is p_t.
p_t = torch.tensor([0.968, 0.9, 0.5, 0.1])
logits = torch.logit(p_t)
targets = torch.ones(4)
bce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")

# With alpha disabled, focal / BCE is the modulating factor (1 - p_t) ** gamma.
for gamma in [1.0, 2.0, 5.0]:
    focal = sigmoid_focal_loss(logits, targets, alpha=-1, gamma=gamma)
    print(gamma, focal / bce)
    #> 1.0 tensor([0.0320, 0.1000, 0.5000, 0.9000])
    #> 2.0 tensor([0.0010, 0.0100, 0.2500, 0.8100])
    #> 5.0 tensor([3.3554e-08, 1.0000e-05, 3.1250e-02, 5.9049e-01])

# gamma = 2: the easy example (p_t = 0.9) is down-weighted 100 times, the hard one (p_t = 0.1) only 1.23 times.
print(bce / sigmoid_focal_loss(logits, targets, alpha=-1, gamma=2.0))
#> tensor([976.5658, 100.0000,   4.0000,   1.2346])

# Negatives work the same way: p_t = 1 - p, so a negative with p = 0.1 has p_t = 0.9.
print(sigmoid_focal_loss(-logits, 1 - targets, alpha=-1) / bce)
#> tensor([0.0010, 0.0100, 0.2500, 0.8100])
