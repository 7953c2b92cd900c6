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


logits = torch.tensor([[2.0, -1.0, -3.0],
                       [-0.5, 0.3, 0.0]])
targets = torch.tensor([[1.0, 0.0, 0.0],
                        [0.0, 1.0, 1.0]])

# gamma = 0 and alpha = -1 (weighting disabled) is exactly BCEWithLogitsLoss, for every reduction.
for reduction in ["none", "mean", "sum"]:
    focal = sigmoid_focal_loss(logits, targets, alpha=-1, gamma=0.0, reduction=reduction)
    bce = F.binary_cross_entropy_with_logits(logits, targets, reduction=reduction)
    print(reduction, focal, bce, torch.allclose(focal, bce))
    #> none tensor([[0.1269, 0.3133, 0.0486],
    #>         [0.4741, 0.5544, 0.6931]]) tensor([[0.1269, 0.3133, 0.0486],
    #>         [0.4741, 0.5544, 0.6931]]) True
    #> mean tensor(0.3684) tensor(0.3684) True
    #> sum tensor(2.2104) tensor(2.2104) True

# gamma = 0 with alpha = 0.25 is BCE weighted by alpha_t: 0.25 on positives, 0.75 on negatives.
alpha_t = 0.25 * targets + 0.75 * (1 - targets)
print(torch.allclose(sigmoid_focal_loss(logits, targets, gamma=0.0),
                     F.binary_cross_entropy_with_logits(logits, targets, weight=alpha_t, reduction="none")))
#> True
